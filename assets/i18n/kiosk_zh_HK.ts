<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_HK">
<context>
    <name />
    <message>
        <location filename="../../ui/kiosk/account.py" line="69" />
        <location filename="../../ui/kiosk/attract.py" line="79" />
        <location filename="../../ui/kiosk/renew.py" line="76" />
        <source>Renew</source>
        <translation>續借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="70" />
        <location filename="../../ui/kiosk/attract.py" line="79" />
        <location filename="../../ui/kiosk/pay.py" line="215" />
        <source>Pay fees</source>
        <translation>繳費</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="80" />
        <source>{n} on loan</source>
        <translation>在借 {n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="82" />
        <source>{n} overdue</source>
        <translation>逾期 {n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="83" />
        <source>{n} holds</source>
        <translation>預約 {n} 項</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="85" />
        <source>fees {amount}</source>
        <translation>欠費 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="91" />
        <source>Loans</source>
        <translation>在借圖書</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="96" />
        <source>Overdue by {n} days (due {date}); fee so far {amount}</source>
        <translation>已逾期 {n} 天（應還日期 {date}），目前滯還費 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="100" />
        <location filename="../../ui/kiosk/renew.py" line="106" />
        <source>Due {date}</source>
        <translation>應還日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="103" />
        <location filename="../../ui/kiosk/renew.py" line="95" />
        <source>No loans.</source>
        <translation>沒有在借的圖書。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="104" />
        <source>Holds</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="110" />
        <source>Ready to collect at {place} until {date}</source>
        <translation>已到書，請於 {date} 前到{place}領取</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="113" />
        <source>Waiting for a copy; to collect at {place}</source>
        <translation>等待到書，取書地點：{place}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="117" />
        <source>No holds.</source>
        <translation>沒有預約。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="119" />
        <source>Fees</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="130" />
        <source>Overdue fee</source>
        <translation>滯還費</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="130" />
        <source>Damaged tag</source>
        <translation>標籤損壞費</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="131" />
        <source>Lost item</source>
        <translation>遺失賠償</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78" />
        <location filename="../../ui/kiosk/borrow.py" line="95" />
        <source>Borrow</source>
        <translation>借書</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78" />
        <location filename="../../ui/kiosk/returns.py" line="16" />
        <source>Return</source>
        <translation>還書</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78" />
        <location filename="../../ui/kiosk/find.py" line="117" />
        <source>Find a book</source>
        <translation>查找圖書</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="83" />
        <source>Working offline: borrowing and returning still work; payments wait until we are back online.</source>
        <translation>離線服務中：可以借書和還書，繳費需等網絡恢復。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="100" />
        <source>To borrow, tap your card first. To return, press Return.</source>
        <translation>借書請先刷讀者證；還書請按“還書”。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="55" />
        <source>Borrowed now: {now} · Still allowed: {left}</source>
        <translation>本次借 {now} · 還可借 {left}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="97" />
        <location filename="../../ui/kiosk/borrow.py" line="104" />
        <source>Place your books on the pad, or scan their barcodes.</source>
        <translation>請把圖書放在感應區上，或掃描圖書條碼。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="83" />
        <location filename="../../ui/kiosk/borrow.py" line="112" />
        <source>Borrowing…</source>
        <translation>正在借書…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="115" />
        <source>Borrowed. Due {date}</source>
        <translation>借書成功，應還日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="53" />
        <source>Available here: {n} ({where})</source>
        <translation>本館可借 {n} 本（{where}）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="56" />
        <source>Not on the shelf here; {n} at other branches</source>
        <translation>本館暫無在架，其他分館有 {n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="59" />
        <source>All copies are out; you can place a hold</source>
        <translation>全部已借出，可以預約</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="118" />
        <source>Title, author, pinyin or ISBN</source>
        <translation>書名、作者、拼音或 ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="119" />
        <source>Search for a book</source>
        <translation>搜索圖書</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="121" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="126" />
        <source>Type a title, an author, pinyin or an ISBN, then press Search.</source>
        <translation>請輸入書名、作者、拼音或 ISBN，然後按“搜索”。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="154" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="167" />
        <source>{n} results</source>
        <translation>找到 {n} 條結果</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="167" />
        <source>1 result</source>
        <translation>找到 1 條結果</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="169" />
        <source>Nothing found. Try fewer words or pinyin.</source>
        <translation>沒有找到。請減少關鍵詞或改用拼音。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="104" />
        <location filename="../../ui/kiosk/hold.py" line="109" />
        <source>Where would you like to collect it?</source>
        <translation>你想在哪裏取書？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="107" />
        <location filename="../../ui/kiosk/title.py" line="81" />
        <source>Place a hold</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="110" />
        <source>It is on the shelf here: you can take it now.</source>
        <translation>本館書架上就有這本書，你現在就可以去取。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="112" />
        <source>Reserve it anyway</source>
        <translation>仍要預約</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="121" />
        <source>Your hold is placed. We will tell you when it is ready.</source>
        <translation>預約成功，到書後會通知你。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="143" />
        <source>Placing your hold…</source>
        <translation>正在預約…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="104" />
        <source>Or type your card number and PIN below.</source>
        <translation>也可以在下面輸入讀者證號和密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="100" />
        <location filename="../../ui/kiosk/login.py" line="141" />
        <source>Enter your PIN</source>
        <translation>請輸入密碼</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="110" />
        <source>Card number</source>
        <translation>讀者證號</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="179" />
        <source>This code is not recognised. Please scan your reader card or your e-card QR code.</source>
        <translation>無法識別這個條碼。請掃描讀者證或電子讀者證二維碼。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="109" />
        <location filename="../../ui/kiosk/login.py" line="149" />
        <location filename="../../ui/kiosk/login.py" line="166" />
        <location filename="../../ui/kiosk/login.py" line="194" />
        <source>Checking your card…</source>
        <translation>正在驗證讀者證…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="111" />
        <location filename="../../ui/kiosk/map.py" line="127" />
        <location filename="../../ui/kiosk/title.py" line="80" />
        <source>Find it</source>
        <translation>位置導航</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="131" />
        <source>{book}: {place}, shelf mark {call}</source>
        <translation>{book}：{place}，索書號 {call}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="154" />
        <source>Follow the orange line from the blue dot (you are here).</source>
        <translation>從藍點（你在這裏）出發，沿橙色路線前往。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="155" />
        <source>Take the stairs or the lift to {floor}.</source>
        <translation>請乘樓梯或電梯到{floor}。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="157" />
        <source>Scan the code to take this location with you.</source>
        <translation>掃描二維碼，把位置帶到手機上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="47" />
        <source>Sorry, this terminal is out of service</source>
        <translation>抱歉，本機暫停服務</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="48" />
        <source>Please go to the service desk on the ground floor; the staff there can lend, return and renew for you.</source>
        <translation>請到一樓服務枱，工作人員可以為你辦理借書、還書和續借。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="50" />
        <source>The book pad is not working.</source>
        <translation>圖書感應區出現故障。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="51" />
        <source>The library system cannot be reached.</source>
        <translation>無法連接圖書館系統。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="123" />
        <source>Item {barcode}</source>
        <extracomment>key -&gt; the act's result, a Refusal before it, or "waiting"</extracomment>
        <translation>圖書 {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="151" />
        <source>Checking…</source>
        <translation>正在處理…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="164" />
        <source>Barcode {barcode}</source>
        <translation>條碼 {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="167" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="108" />
        <source>Fetching your fees…</source>
        <translation>正在查詢費用…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="125" />
        <source>Creating your payment…</source>
        <translation>正在生成支付訂單…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="156" />
        <source>Waiting for your payment… {m}:{s:02d} left</source>
        <translation>等待支付… 剩餘 {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="186" />
        <location filename="../../ui/kiosk/window.py" line="235" />
        <source>Paid {amount}</source>
        <translation>已支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="187" />
        <location filename="../../ui/kiosk/window.py" line="236" />
        <source>Order {id}</source>
        <translation>訂單號 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="219" />
        <source>Tap the fees to pay, then press Pay. Total: {amount}</source>
        <translation>請選擇要繳的費用，然後按“支付”。合計：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="221" />
        <source>Scan the code with your phone's payment app to pay {amount}.</source>
        <translation>請用手機支付應用掃碼支付 {amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="223" />
        <source>Paid {amount}. Thank you!</source>
        <translation>已支付 {amount}，謝謝！</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="224" />
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>支付已取消，未扣款。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="225" />
        <source>The payment timed out. Nothing was charged.</source>
        <translation>支付超時，未扣款。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="229" />
        <location filename="../../ui/kiosk/window.py" line="509" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="143" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="231" />
        <source>Pay {amount}</source>
        <translation>支付 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="234" />
        <source>Receipt</source>
        <translation>憑條</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="242" />
        <source>You have no fees to pay.</source>
        <translation>你沒有需要繳納的費用。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="256" />
        <source>paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="84" />
        <location filename="../../ui/kiosk/receipt.py" line="87" />
        <source>Would you like a receipt?</source>
        <translation>需要憑條嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="90" />
        <source>You borrowed {books}.</source>
        <translation>你借了 {books}書。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="91" />
        <source>You returned {books}.</source>
        <translation>你還了 {books}書。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="94" />
        <source>Print</source>
        <translation>打印憑條</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="95" />
        <source>E-receipt (QR)</source>
        <translation>電子憑條（二維碼）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="96" />
        <source>No receipt</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="97" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="108" />
        <source>Please take your receipt.</source>
        <translation>請取走憑條。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="109" />
        <source>Scan the code to keep your receipt on your phone.</source>
        <translation>掃描二維碼，把憑條保存到手機上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="110" />
        <source>No receipt. Thank you!</source>
        <translation>不打印憑條。謝謝！</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="111" />
        <source>The printer is not working. Scan the code instead.</source>
        <translation>打印機故障，請掃描二維碼獲取憑條。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="124" />
        <source>Borrowed</source>
        <translation>借書憑條</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="124" />
        <source>Returned</source>
        <translation>還書憑條</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="125" />
        <source>Payment</source>
        <translation>繳費憑條</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="128" />
        <source>recorded offline</source>
        <translation>離線記錄</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="130" />
        <source>fee {amount}</source>
        <translation>費用 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="135" />
        <source>Due</source>
        <translation>應還</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="136" />
        <source>Card</source>
        <translation>讀者證</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="136" />
        <source>Thank you!</source>
        <translation>謝謝！</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="156" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="60" />
        <source>Fetching your loans…</source>
        <translation>正在查詢在借圖書…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="73" />
        <location filename="../../ui/kiosk/renew.py" line="78" />
        <source>Tap the books to renew, or renew them all.</source>
        <translation>請點選要續借的圖書，或全部續借。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="79" />
        <location filename="../../ui/kiosk/renew.py" line="120" />
        <source>Renew selected ({n})</source>
        <translation>續借所選（{n}）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="80" />
        <source>Renew all</source>
        <translation>全部續借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="108" />
        <source>Renewed. Now due {date}</source>
        <translation>續借成功，新的應還日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="127" />
        <location filename="../../ui/kiosk/renew.py" line="132" />
        <source>Renewing…</source>
        <translation>正在續借…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="149" />
        <source>{ok} of {n} renewed.</source>
        <translation>{n} 本中已續借 {ok} 本。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="19" />
        <source>Place the books you are returning on the pad, or scan their barcodes.</source>
        <translation>請把要還的圖書放在感應區上，或掃描圖書條碼。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="31" />
        <source>Returned now: {now}</source>
        <translation>本次還 {now}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="38" />
        <source>Returning…</source>
        <translation>正在還書…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="43" />
        <source>Reserved for another reader: put it on the holds shelf.</source>
        <translation>這本書已被其他讀者預約，請放到預約書架上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="46" />
        <source>Reserved for a reader at {place}: please hand it to staff.</source>
        <translation>這本書已被預約，要送到{place}，請交給工作人員。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="49" />
        <source>This belongs to {place}: please hand it to staff.</source>
        <translation>這本書屬於{place}，請交給工作人員。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="47" />
        <location filename="../../ui/kiosk/returns.py" line="50" />
        <source>another library</source>
        <translation>其他圖書館</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="52" />
        <source>Please hand this to staff.</source>
        <translation>請把這本書交給工作人員。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="54" />
        <source>Returned. Put it on the returns trolley.</source>
        <translation>還書成功，請放到還書車上。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="57" />
        <source>Overdue fee: {amount}. You can pay it under Pay fees.</source>
        <translation>滯還費 {amount}，可以在“繳費”中支付。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="92" />
        <source>Something went wrong. Please try again or ask at the desk.</source>
        <translation>出了點問題，請再試一次或到服務枱諮詢。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="41" />
        <source>Hello, {name}</source>
        <translation>你好，{name}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="45" />
        <source>Recorded offline; the library will confirm it later.</source>
        <translation>已離線記錄，稍後由圖書館確認。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="50" />
        <source>1 book</source>
        <translation>1 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="50" />
        <source>{n} books</source>
        <translation>{n} 本</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="48" />
        <location filename="../../ui/kiosk/window.py" line="418" />
        <source>One moment, please…</source>
        <translation>請稍候…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="79" />
        <source>Copies</source>
        <translation>館藏</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="89" />
        <source>On the shelf</source>
        <translation>在架可借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="91" />
        <source>On loan, due {date}</source>
        <translation>已借出，應還日期 {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="94" />
        <source>Reserved for another reader</source>
        <translation>已被其他讀者預約</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="96" />
        <source>Not available</source>
        <translation>暫不可借</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="237" />
        <source>Your payment of {amount} arrived after you left. Here is its receipt.</source>
        <translation>你離開後，{amount} 的付款已到賬。這是它的憑條。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="454" />
        <location filename="../../ui/widgets/keypad.py" line="69" />
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="477" />
        <source>Still there?</source>
        <translation>還在嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="478" />
        <source>You will be logged out in {n} s.</source>
        <translation>{n} 秒後將自動退出。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="479" />
        <source>I'm still here</source>
        <translation>我還在</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="508" />
        <source>Staff: enter the staff PIN to leave the terminal</source>
        <translation>工作人員：輸入管理密碼退出自助機</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="526" />
        <source>No staff PIN is configured ([ui] staff_pin).</source>
        <translation>尚未設置管理密碼（[ui] staff_pin）。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="533" />
        <source>Wrong staff PIN.</source>
        <translation>管理密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="81" />
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="142" />
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="138" />
        <source>The network is down, so the call could not be cancelled. Staff may still come to you.</source>
        <extracomment>where a call stands, as the overlay shows it</extracomment>
        <translation>網絡暫時中斷，呼叫沒能取消，工作人員可能仍會過來。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="162" />
        <source>Staff called</source>
        <translation>已呼叫工作人員</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="162" />
        <source>Call kept for now</source>
        <translation>呼叫已保存</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="163" />
        <source>Staff are coming</source>
        <translation>工作人員馬上就到</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="163" />
        <source>Call cancelled</source>
        <translation>呼叫已取消</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="165" />
        <source>Calling a member of staff…</source>
        <translation>正在呼叫工作人員…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="166" />
        <source>The network is down. Your call is kept and goes to staff as soon as it is back. You can also go to the service desk.</source>
        <translation>網絡暫時中斷。你的呼叫已保存，網絡恢復後會立即通知工作人員。你也可以到服務枱。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="168" />
        <source>Staff have been called to this terminal. Please wait here.</source>
        <translation>已通知工作人員到這台機器，請在這裏稍候。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="169" />
        <source>A member of staff is on the way to you.</source>
        <translation>工作人員正在過來。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="170" />
        <source>You cancelled the call for staff.</source>
        <translation>你已取消呼叫工作人員。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="171" />
        <source>This terminal cannot call staff. Please go to the service desk.</source>
        <translation>這台機器不能呼叫工作人員，請到服務枱。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="173" />
        <location filename="../../ui/widgets/bands.py" line="144" />
        <source>Help</source>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="175" />
        <source>Cancel the call</source>
        <translation>取消呼叫</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="177" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="145" />
        <source>Large text</source>
        <translation>大字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="66" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="68" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="45" />
        <source>Borrow it for {amount}?</source>
        <translation>借閱此書需付費 {amount}，確定借閱嗎？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="46" />
        <source>The library charges {amount} to borrow this item; it is added to your account.</source>
        <translation>借閱此書需支付 {amount}，費用將記入您的讀者賬戶。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="49" />
        <source>Yes, borrow it for {amount}</source>
        <translation>確定借閱（付費 {amount}）</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="50" />
        <source>No, don't borrow it</source>
        <translation>不借了</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="168" />
        <source>Picture: where to put the books</source>
        <translation>圖示：圖書放在哪裏</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="170" />
        <source>A book is laid flat on the pad under the screen. Several books can lie there together.</source>
        <translation>圖書平放在屏幕下方的感應區上，幾本可以一起放。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="50" />
        <location filename="../../ui/kiosk/account.py" line="74" />
        <source>Fetching your account…</source>
        <translation>正在查詢你的賬戶…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="64" />
        <location filename="../../ui/kiosk/account.py" line="67" />
        <location filename="../../ui/kiosk/attract.py" line="79" />
        <source>My account</source>
        <translation>我的賬戶</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="77" />
        <source>We are offline: these details may be out of date.</source>
        <translation>目前處於離線狀態，以下資訊可能不是最新的。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="87" />
        <source>{n} reading points</source>
        <translation>閱讀積分 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="75" />
        <source>What would you like to do next?</source>
        <translation>接下來要辦理什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="76" />
        <location filename="../../ui/kiosk/login.py" line="103" />
        <location filename="../../ui/kiosk/login.py" line="121" />
        <source>Tap your card or scan your e-card QR</source>
        <translation>拍卡或掃描電子讀者證</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="101" />
        <source>Card {card}</source>
        <translation>讀者證 {card}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="106" />
        <source>Log in to reserve “{title}”; your choice is kept.</source>
        <translation>登入後即可預約《{title}》，已為你記下這本書。</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="176" />
        <source>This is a book's barcode. To borrow it, log in with your card first; to return it, press Return.</source>
        <translation>這是圖書條碼。借書請先刷讀者證登入；還書請按“還書”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="146" />
        <location filename="../../ui/widgets/bands.py" line="147" />
        <source>High contrast</source>
        <translation>高對比度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="148" />
        <source>Log out {name}</source>
        <translation>登出 {name}</translation>
    </message>
</context>
</TS>