<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/kiosk/account.py" line="50"/>
        <location filename="../../ui/kiosk/account.py" line="74"/>
        <source>Fetching your account…</source>
        <translation>正在查询你的账户…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="64"/>
        <location filename="../../ui/kiosk/account.py" line="67"/>
        <location filename="../../ui/kiosk/attract.py" line="79"/>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="69"/>
        <location filename="../../ui/kiosk/attract.py" line="79"/>
        <location filename="../../ui/kiosk/renew.py" line="76"/>
        <source>Renew</source>
        <translation>续借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="70"/>
        <location filename="../../ui/kiosk/attract.py" line="79"/>
        <location filename="../../ui/kiosk/pay.py" line="215"/>
        <source>Pay fees</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="77"/>
        <source>We are offline: these details may be out of date.</source>
        <translation>目前处于离线状态，以下信息可能不是最新的。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="80"/>
        <source>{n} on loan</source>
        <translation>在借 {n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="82"/>
        <source>{n} overdue</source>
        <translation>逾期 {n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="83"/>
        <source>{n} holds</source>
        <translation>预约 {n} 项</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="85"/>
        <source>fees {amount}</source>
        <translation>欠费 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="87"/>
        <source>{n} reading points</source>
        <translation>阅读积分 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="91"/>
        <source>Loans</source>
        <translation>在借图书</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="96"/>
        <source>Overdue by {n} days (due {date}); fee so far {amount}</source>
        <translation>已逾期 {n} 天（应还日期 {date}），目前滞还费 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="100"/>
        <location filename="../../ui/kiosk/renew.py" line="106"/>
        <source>Due {date}</source>
        <translation>应还日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="103"/>
        <location filename="../../ui/kiosk/renew.py" line="95"/>
        <source>No loans.</source>
        <translation>没有在借的图书。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="104"/>
        <source>Holds</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="110"/>
        <source>Ready to collect at {place} until {date}</source>
        <translation>已到书，请于 {date} 前到{place}领取</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="113"/>
        <source>Waiting for a copy; to collect at {place}</source>
        <translation>等待到书，取书地点：{place}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="117"/>
        <source>No holds.</source>
        <translation>没有预约。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="119"/>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="130"/>
        <source>Overdue fee</source>
        <translation>滞还费</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="130"/>
        <source>Damaged tag</source>
        <translation>标签损坏费</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="131"/>
        <source>Lost item</source>
        <translation>遗失赔偿</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78"/>
        <location filename="../../ui/kiosk/borrow.py" line="95"/>
        <source>Borrow</source>
        <translation>借书</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78"/>
        <location filename="../../ui/kiosk/returns.py" line="16"/>
        <source>Return</source>
        <translation>还书</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78"/>
        <location filename="../../ui/kiosk/find.py" line="117"/>
        <source>Find a book</source>
        <translation>查找图书</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="83"/>
        <source>Working offline: borrowing and returning still work; payments wait until we are back online.</source>
        <translation>离线服务中：可以借书和还书，缴费需等网络恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="100"/>
        <source>To borrow, tap your card first. To return, press Return.</source>
        <translation>借书请先刷读者证；还书请按“还书”。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="55"/>
        <source>Borrowed now: {now} · Still allowed: {left}</source>
        <translation>本次借 {now} · 还可借 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="97"/>
        <location filename="../../ui/kiosk/borrow.py" line="104"/>
        <source>Place your books on the pad, or scan their barcodes.</source>
        <translation>请把图书放在感应区上，或扫描图书条码。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="83"/>
        <location filename="../../ui/kiosk/borrow.py" line="112"/>
        <source>Borrowing…</source>
        <translation>正在借书…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="115"/>
        <source>Borrowed. Due {date}</source>
        <translation>借书成功，应还日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="53"/>
        <source>Available here: {n} ({where})</source>
        <translation>本馆可借 {n} 本（{where}）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="56"/>
        <source>Not on the shelf here; {n} at other branches</source>
        <translation>本馆暂无在架，其他分馆有 {n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="59"/>
        <source>All copies are out; you can place a hold</source>
        <translation>全部已借出，可以预约</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="118"/>
        <source>Title, author, pinyin or ISBN</source>
        <translation>书名、作者、拼音或 ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="119"/>
        <source>Search for a book</source>
        <translation>搜索图书</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="121"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="126"/>
        <source>Type a title, an author, pinyin or an ISBN, then press Search.</source>
        <translation>请输入书名、作者、拼音或 ISBN，然后按“搜索”。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="154"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="167"/>
        <source>{n} results</source>
        <translation>找到 {n} 条结果</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="167"/>
        <source>1 result</source>
        <translation>找到 1 条结果</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="169"/>
        <source>Nothing found. Try fewer words or pinyin.</source>
        <translation>没有找到。请减少关键词或改用拼音。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="104"/>
        <location filename="../../ui/kiosk/hold.py" line="109"/>
        <source>Where would you like to collect it?</source>
        <translation>你想在哪里取书？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="107"/>
        <location filename="../../ui/kiosk/title.py" line="81"/>
        <source>Place a hold</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="110"/>
        <source>It is on the shelf here: you can take it now.</source>
        <translation>本馆书架上就有这本书，你现在就可以去取。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="112"/>
        <source>Reserve it anyway</source>
        <translation>仍要预约</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="121"/>
        <source>Your hold is placed. We will tell you when it is ready.</source>
        <translation>预约成功，到书后会通知你。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="143"/>
        <source>Placing your hold…</source>
        <translation>正在预约…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="104"/>
        <source>Or type your card number and PIN below.</source>
        <translation>也可以在下面输入读者证号和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="100"/>
        <location filename="../../ui/kiosk/login.py" line="141"/>
        <source>Enter your PIN</source>
        <translation>请输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="110"/>
        <source>Card number</source>
        <translation>读者证号</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="176"/>
        <source>This is a book&apos;s barcode. To borrow it, log in with your card first; to return it, press Return.</source>
        <translation>这是图书条码。借书请先刷读者证登录；还书请按“还书”。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="179"/>
        <source>This code is not recognised. Please scan your reader card or your e-card QR code.</source>
        <translation>无法识别这个条码。请扫描读者证或电子读者证二维码。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="109"/>
        <location filename="../../ui/kiosk/login.py" line="149"/>
        <location filename="../../ui/kiosk/login.py" line="166"/>
        <location filename="../../ui/kiosk/login.py" line="194"/>
        <source>Checking your card…</source>
        <translation>正在验证读者证…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="111"/>
        <location filename="../../ui/kiosk/map.py" line="127"/>
        <location filename="../../ui/kiosk/title.py" line="80"/>
        <source>Find it</source>
        <translation>位置导航</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="131"/>
        <source>{book}: {place}, shelf mark {call}</source>
        <translation>{book}：{place}，索书号 {call}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="154"/>
        <source>Follow the orange line from the blue dot (you are here).</source>
        <translation>从蓝点（你在这里）出发，沿橙色路线前往。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="155"/>
        <source>Take the stairs or the lift to {floor}.</source>
        <translation>请乘楼梯或电梯到{floor}。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="157"/>
        <source>Scan the code to take this location with you.</source>
        <translation>扫描二维码，把位置带到手机上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="47"/>
        <source>Sorry, this terminal is out of service</source>
        <translation>抱歉，本机暂停服务</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="48"/>
        <source>Please go to the service desk on the ground floor; the staff there can lend, return and renew for you.</source>
        <translation>请到一楼服务台，工作人员可以为你办理借书、还书和续借。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="50"/>
        <source>The book pad is not working.</source>
        <translation>图书感应区出现故障。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="51"/>
        <source>The library system cannot be reached.</source>
        <translation>无法连接图书馆系统。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="123"/>
        <source>Item {barcode}</source>
        <extracomment>key -&gt; the act&apos;s result, a Refusal before it, or &quot;waiting&quot;</extracomment>
        <translation>图书 {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="151"/>
        <source>Checking…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="164"/>
        <source>Barcode {barcode}</source>
        <translation>条码 {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="167"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="108"/>
        <source>Fetching your fees…</source>
        <translation>正在查询费用…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="125"/>
        <source>Creating your payment…</source>
        <translation>正在生成支付订单…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="156"/>
        <source>Waiting for your payment… {m}:{s:02d} left</source>
        <translation>等待支付… 剩余 {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="186"/>
        <location filename="../../ui/kiosk/window.py" line="235"/>
        <source>Paid {amount}</source>
        <translation>已支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="187"/>
        <location filename="../../ui/kiosk/window.py" line="236"/>
        <source>Order {id}</source>
        <translation>订单号 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="219"/>
        <source>Tap the fees to pay, then press Pay. Total: {amount}</source>
        <translation>请选择要缴的费用，然后按“支付”。合计：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="221"/>
        <source>Scan the code with your phone&apos;s payment app to pay {amount}.</source>
        <translation>请用手机支付应用扫码支付 {amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="223"/>
        <source>Paid {amount}. Thank you!</source>
        <translation>已支付 {amount}，谢谢！</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="224"/>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>支付已取消，未扣款。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="225"/>
        <source>The payment timed out. Nothing was charged.</source>
        <translation>支付超时，未扣款。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="229"/>
        <location filename="../../ui/kiosk/window.py" line="509"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="143"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="231"/>
        <source>Pay {amount}</source>
        <translation>支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="234"/>
        <source>Receipt</source>
        <translation>凭条</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="242"/>
        <source>You have no fees to pay.</source>
        <translation>你没有需要缴纳的费用。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="256"/>
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="84"/>
        <location filename="../../ui/kiosk/receipt.py" line="87"/>
        <source>Would you like a receipt?</source>
        <translation>需要凭条吗？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="90"/>
        <source>You borrowed {books}.</source>
        <translation>你借了 {books}书。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="91"/>
        <source>You returned {books}.</source>
        <translation>你还了 {books}书。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="94"/>
        <source>Print</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="95"/>
        <source>E-receipt (QR)</source>
        <translation>电子凭条（二维码）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="96"/>
        <source>No receipt</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="97"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="108"/>
        <source>Please take your receipt.</source>
        <translation>请取走凭条。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="109"/>
        <source>Scan the code to keep your receipt on your phone.</source>
        <translation>扫描二维码，把凭条保存到手机上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="110"/>
        <source>No receipt. Thank you!</source>
        <translation>不打印凭条。谢谢！</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="111"/>
        <source>The printer is not working. Scan the code instead.</source>
        <translation>打印机故障，请扫描二维码获取凭条。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="124"/>
        <source>Borrowed</source>
        <translation>借书凭条</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="124"/>
        <source>Returned</source>
        <translation>还书凭条</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="125"/>
        <source>Payment</source>
        <translation>缴费凭条</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="128"/>
        <source>recorded offline</source>
        <translation>离线记录</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="130"/>
        <source>fee {amount}</source>
        <translation>费用 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="135"/>
        <source>Due</source>
        <translation>应还</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="136"/>
        <source>Card</source>
        <translation>读者证</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="136"/>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="156"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="60"/>
        <source>Fetching your loans…</source>
        <translation>正在查询在借图书…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="73"/>
        <location filename="../../ui/kiosk/renew.py" line="78"/>
        <source>Tap the books to renew, or renew them all.</source>
        <translation>请点选要续借的图书，或全部续借。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="79"/>
        <location filename="../../ui/kiosk/renew.py" line="120"/>
        <source>Renew selected ({n})</source>
        <translation>续借所选（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="80"/>
        <source>Renew all</source>
        <translation>全部续借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="108"/>
        <source>Renewed. Now due {date}</source>
        <translation>续借成功，新的应还日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="127"/>
        <location filename="../../ui/kiosk/renew.py" line="132"/>
        <source>Renewing…</source>
        <translation>正在续借…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="149"/>
        <source>{ok} of {n} renewed.</source>
        <translation>{n} 本中已续借 {ok} 本。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="19"/>
        <source>Place the books you are returning on the pad, or scan their barcodes.</source>
        <translation>请把要还的图书放在感应区上，或扫描图书条码。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="31"/>
        <source>Returned now: {now}</source>
        <translation>本次还 {now}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="38"/>
        <source>Returning…</source>
        <translation>正在还书…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="43"/>
        <source>Reserved for another reader: put it on the holds shelf.</source>
        <translation>这本书已被其他读者预约，请放到预约书架上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="46"/>
        <source>Reserved for a reader at {place}: please hand it to staff.</source>
        <translation>这本书已被预约，要送到{place}，请交给工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="49"/>
        <source>This belongs to {place}: please hand it to staff.</source>
        <translation>这本书属于{place}，请交给工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="47"/>
        <location filename="../../ui/kiosk/returns.py" line="50"/>
        <source>another library</source>
        <translation>其他图书馆</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="52"/>
        <source>Please hand this to staff.</source>
        <translation>请把这本书交给工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="54"/>
        <source>Returned. Put it on the returns trolley.</source>
        <translation>还书成功，请放到还书车上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="57"/>
        <source>Overdue fee: {amount}. You can pay it under Pay fees.</source>
        <translation>滞还费 {amount}，可以在“缴费”中支付。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="92"/>
        <source>Something went wrong. Please try again or ask at the desk.</source>
        <translation>出了点问题，请再试一次或到服务台咨询。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="41"/>
        <source>Hello, {name}</source>
        <translation>你好，{name}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="45"/>
        <source>Recorded offline; the library will confirm it later.</source>
        <translation>已离线记录，稍后由图书馆确认。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="50"/>
        <source>1 book</source>
        <translation>1 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="50"/>
        <source>{n} books</source>
        <translation>{n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="48"/>
        <location filename="../../ui/kiosk/window.py" line="418"/>
        <source>One moment, please…</source>
        <translation>请稍候…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="79"/>
        <source>Copies</source>
        <translation>馆藏</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="89"/>
        <source>On the shelf</source>
        <translation>在架可借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="91"/>
        <source>On loan, due {date}</source>
        <translation>已借出，应还日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="94"/>
        <source>Reserved for another reader</source>
        <translation>已被其他读者预约</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="96"/>
        <source>Not available</source>
        <translation>暂不可借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="237"/>
        <source>Your payment of {amount} arrived after you left. Here is its receipt.</source>
        <translation>你离开后，{amount} 的付款已到账。这是它的凭条。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="454"/>
        <location filename="../../ui/widgets/keypad.py" line="69"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="477"/>
        <source>Still there?</source>
        <translation>还在吗？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="478"/>
        <source>You will be logged out in {n} s.</source>
        <translation>{n} 秒后将自动退出。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="479"/>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="508"/>
        <source>Staff: enter the staff PIN to leave the terminal</source>
        <translation>工作人员：输入管理密码退出自助机</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="526"/>
        <source>No staff PIN is configured ([ui] staff_pin).</source>
        <translation>尚未设置管理密码（[ui] staff_pin）。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="533"/>
        <source>Wrong staff PIN.</source>
        <translation>管理密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="81"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="142"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="148"/>
        <source>Log out {name}</source>
        <translation>退出登录 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="138"/>
        <source>The network is down, so the call could not be cancelled. Staff may still come to you.</source>
        <extracomment>where a call stands, as the overlay shows it</extracomment>
        <translation>网络暂时中断，呼叫没能取消，工作人员可能仍会过来。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="162"/>
        <source>Staff called</source>
        <translation>已呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="162"/>
        <source>Call kept for now</source>
        <translation>呼叫已保存</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="163"/>
        <source>Staff are coming</source>
        <translation>工作人员马上就到</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="163"/>
        <source>Call cancelled</source>
        <translation>呼叫已取消</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="165"/>
        <source>Calling a member of staff…</source>
        <translation>正在呼叫工作人员…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="166"/>
        <source>The network is down. Your call is kept and goes to staff as soon as it is back. You can also go to the service desk.</source>
        <translation>网络暂时中断。你的呼叫已保存，网络恢复后会立即通知工作人员。你也可以到服务台。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="168"/>
        <source>Staff have been called to this terminal. Please wait here.</source>
        <translation>已通知工作人员到这台机器，请在这里稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="169"/>
        <source>A member of staff is on the way to you.</source>
        <translation>工作人员正在过来。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="170"/>
        <source>You cancelled the call for staff.</source>
        <translation>你已取消呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="171"/>
        <source>This terminal cannot call staff. Please go to the service desk.</source>
        <translation>这台机器不能呼叫工作人员，请到服务台。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="173"/>
        <location filename="../../ui/widgets/bands.py" line="144"/>
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="175"/>
        <source>Cancel the call</source>
        <translation>取消呼叫</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="177"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="145"/>
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="66"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="45"/>
        <source>Borrow it for {amount}?</source>
        <translation>借阅此书需付费 {amount}，确定借阅吗？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="46"/>
        <source>The library charges {amount} to borrow this item; it is added to your account.</source>
        <translation>借阅此书需支付 {amount}，费用将记入您的读者账户。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="49"/>
        <source>Yes, borrow it for {amount}</source>
        <translation>确定借阅（付费 {amount}）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="50"/>
        <source>No, don&apos;t borrow it</source>
        <translation>不借了</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="168"/>
        <source>Picture: where to put the books</source>
        <translation>图示：图书放在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="170"/>
        <source>A book is laid flat on the pad under the screen. Several books can lie there together.</source>
        <translation>图书平放在屏幕下方的感应区上，几本可以一起放。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="75"/>
        <source>What would you like to do next?</source>
        <translation>接下来要办理什么？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="76"/>
        <location filename="../../ui/kiosk/login.py" line="103"/>
        <location filename="../../ui/kiosk/login.py" line="121"/>
        <source>Tap your card or scan your e-card QR</source>
        <translation>刷卡或扫描电子读者证</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="101"/>
        <source>Card {card}</source>
        <translation>读者证 {card}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="106"/>
        <source>Log in to reserve “{title}”; your choice is kept.</source>
        <translation>登录后即可预约《{title}》，已为你记下这本书。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="146"/>
        <location filename="../../ui/widgets/bands.py" line="147"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
</TS>
