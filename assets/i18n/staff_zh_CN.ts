<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/staff/common.py" line="73" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="73" />
        <source>blocked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="73" />
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="74" />
        <source>card lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="74" />
        <source>waiting for a copy</source>
        <translation>等待到书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="75" />
        <source>on the holds shelf</source>
        <translation>已到预约架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="75" />
        <source>overdue fee</source>
        <translation>滞还费</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="76" />
        <source>damaged tag</source>
        <translation>标签损坏</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="76" />
        <source>lost item</source>
        <translation>图书遗失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="77" />
        <source>librarian</source>
        <translation>馆员</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="77" />
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="78" />
        <source>Two offline loans of one copy</source>
        <translation>同一册书的两笔离线借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="79" />
        <source>Item not found</source>
        <translation>找不到图书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="79" />
        <source>Offline act against policy</source>
        <translation>违反规则的离线操作</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="80" />
        <source>Late return record</source>
        <translation>迟到的归还记录</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="88" />
        <source>Pengcheng reader card</source>
        <translation>鹏城励读证</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="88" />
        <source>Deposit card (¥50)</source>
        <translation>押金证（50元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="89" />
        <source>Deposit card (¥100)</source>
        <translation>押金证（100元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="89" />
        <source>Deposit card (¥200)</source>
        <translation>押金证（200元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="90" />
        <source>Deposit card (¥300)</source>
        <translation>押金证（300元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="90" />
        <source>Child's card</source>
        <translation>少儿证</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="91" />
        <source>Staff card</source>
        <translation>员工证</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="113" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="114" />
        <source>Too many wrong passwords: this user is locked for a while.</source>
        <translation>密码错误次数过多，此用户已暂时锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="115" />
        <source>The centre does not answer. Nothing was recorded; try again.</source>
        <translation>中心系统无响应，未记录任何操作，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="116" />
        <source>Your role may not do this.</source>
        <translation>你的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="117" />
        <location filename="../../ui/staff/common.py" line="118" />
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="119" />
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="120" />
        <source>This refusal cannot be overridden.</source>
        <translation>此项拒绝不能强制通过。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="121" />
        <source>The tag was not written correctly.</source>
        <translation>标签未能正确写入。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="122" />
        <source>No RFID pad is connected.</source>
        <translation>未连接 RFID 读写板。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="123" />
        <source>No receipt printer is connected.</source>
        <translation>未连接凭条打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="124" />
        <source>Someone has already resolved this case.</source>
        <translation>此事件已由他人处理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="126" />
        <source>Refused by the centre.</source>
        <translation>中心系统拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="175" />
        <source>Patron (F2):</source>
        <translation>读者 (F2)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="176" />
        <source>Card number, card tap, scan or name</source>
        <translation>证号、刷卡、扫码或姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="177" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="178" />
        <source>Card</source>
        <translation>证号</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="178" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="178" />
        <location filename="../../ui/staff/desk.py" line="181" />
        <location filename="../../ui/staff/exceptions.py" line="69" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="179" />
        <location filename="../../ui/staff/desk.py" line="195" />
        <location filename="../../ui/staff/holds.py" line="44" />
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="179" />
        <location filename="../../ui/staff/desk.py" line="181" />
        <location filename="../../ui/staff/desk.py" line="195" />
        <location filename="../../ui/staff/holds.py" line="44" />
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="179" />
        <location filename="../../ui/staff/desk.py" line="196" />
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="179" />
        <source>Renewals</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="180" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="181" />
        <location filename="../../ui/staff/holds.py" line="45" />
        <location filename="../../ui/staff/holds.py" line="76" />
        <source>Pick up at</source>
        <translation>取书地点</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="181" />
        <location filename="../../ui/staff/holds.py" line="45" />
        <location filename="../../ui/staff/holds.py" line="77" />
        <source>Expires</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="182" />
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="182" />
        <location filename="../../ui/staff/exceptions.py" line="69" />
        <source>Item</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="182" />
        <source>Outstanding</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="182" />
        <source>Since</source>
        <translation>产生日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="183" />
        <source>Renew selected (Ctrl+R)</source>
        <translation>续借所选 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="184" />
        <source>Renew all (Ctrl+Shift+R)</source>
        <translation>全部续借 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="185" />
        <source>Record cash (Ctrl+M)</source>
        <translation>现金收费 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="186" />
        <source>Waive… (Ctrl+Shift+W)</source>
        <translation>减免… (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="187" />
        <source>Print receipt (Ctrl+P)</source>
        <translation>打印凭条 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="188" />
        <source>Edit notes… (Ctrl+E)</source>
        <translation>编辑备注… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="189" />
        <source>Scan items to:</source>
        <translation>扫描图书用于：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="191" />
        <source>Check out (F5)</source>
        <translation>借出 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="191" />
        <source>Check in (F6)</source>
        <translation>归还 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="191" />
        <source>Renew (F7)</source>
        <translation>续借 (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="193" />
        <source>Scan or type an item barcode, or put items on the pad</source>
        <translation>扫描或输入图书条码，或把图书放在读写板上</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="195" />
        <location filename="../../ui/staff/machines.py" line="49" />
        <source>Act</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="195" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="197" />
        <source>Override the refusal… (Ctrl+O)</source>
        <translation>强制通过… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="198" />
        <source>Loans</source>
        <translation>在借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="198" />
        <source>Holds</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="198" />
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="237" />
        <source>No patron matches “%1”.</source>
        <translation>没有与“%1”匹配的读者。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="278" />
        <source>No patron</source>
        <translation>未选择读者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="279" />
        <source>Tap a card on the reader, scan a card or type a name.</source>
        <translation>请在读卡器上刷卡、扫描读者证或输入姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="288" />
        <source> (from this desk's copy, not fresh)</source>
        <translation>（本机副本，非最新）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="290" />
        <source>%1 · %2 · expires %3 · %4 loans, %5 holds, fees %6</source>
        <translation>%1 · %2 · 有效期至 %3 · 在借 %4 册，预约 %5 条，费用 %6</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="296" />
        <source>Card status: %1</source>
        <translation>证状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="298" />
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="302" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="311" />
        <source>Only a supervisor may waive fees.</source>
        <translation>只有主管可以减免费用。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="319" />
        <source>Patron notes</source>
        <translation>读者备注</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="319" />
        <source>Notes on %1 (%2), seen by staff at every desk:</source>
        <translation>%1（%2）的备注，各服务台的工作人员都能看到：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="321" />
        <source>e.g. deposit not paid: send to the desk</source>
        <translation>例如：押金未补缴，请引导到服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="328" />
        <source>Notes saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="342" />
        <source>This card is not known.</source>
        <translation>无法识别此卡。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="359" />
        <source>Find the patron first (F2).</source>
        <translation>请先查找读者 (F2)。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="387" />
        <source>(Ctrl+O to override)</source>
        <translation>（按 Ctrl+O 强制通过）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="390" />
        <source>to the holds shelf</source>
        <translation>放到预约架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="390" />
        <source>to send on</source>
        <translation>需转送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="391" />
        <source>to the desk</source>
        <translation>交服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="391" />
        <source>to the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="392" />
        <source>Returned, %1</source>
        <translation>已归还，%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="396" />
        <source>fee %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="398" />
        <source>Due %1</source>
        <translation>应还 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="400" />
        <source>(overridden)</source>
        <translation>（已强制通过）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="402" />
        <source>(recorded offline)</source>
        <translation>（离线记录）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="408" />
        <source>Check out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="408" />
        <source>Check in</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="408" />
        <source>Renew</source>
        <translation>续借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="424" />
        <source>There is no refusal here that can be overridden.</source>
        <translation>这里没有可强制通过的拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="427" />
        <source>Override</source>
        <translation>强制通过</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="427" />
        <source>Refused: %1
Why do you override it?</source>
        <translation>被拒绝：%1
为什么要强制通过？</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="473" />
        <source>Cash payment</source>
        <translation>现金缴费</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="481" />
        <source>Waive fees</source>
        <translation>减免费用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="481" />
        <source>Waive %1 for %2?</source>
        <translation>为 %2 减免 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="490" />
        <source>Fees waived</source>
        <translation>费用已减免</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="500" />
        <source>Nothing to print yet: record a payment first.</source>
        <translation>暂无可打印内容：请先记录缴费。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="504" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="506" />
        <source>Receipt printed.</source>
        <translation>凭条已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="67" />
        <source>Show resolved too</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="68" />
        <location filename="../../ui/staff/holds.py" line="42" />
        <location filename="../../ui/staff/stats.py" line="56" />
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="69" />
        <location filename="../../ui/staff/machines.py" line="49" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="69" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="69" />
        <source>Patrons</source>
        <translation>读者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="70" />
        <source>Note</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="71" />
        <source>How was it resolved? (Enter)</source>
        <translation>如何处理的？（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="72" />
        <source>Resolve (Ctrl+Enter)</source>
        <translation>处理完成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="89" />
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="89" />
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="91" />
        <source>%1 open</source>
        <translation>%1 件待处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="101" />
        <source>Resolved by %1: %2</source>
        <translation>%1 已处理：%2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="110" />
        <source>Choose an open case first.</source>
        <translation>请先选择一件待处理事件。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="113" />
        <source>Write how the case was resolved.</source>
        <translation>请写明处理方式。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="121" />
        <source>Case resolved.</source>
        <translation>事件已处理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="43" />
        <source>Print slip (Ctrl+P)</source>
        <translation>打印单据 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="44" />
        <location filename="../../ui/staff/holds.py" line="77" />
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="44" />
        <location filename="../../ui/staff/holds.py" line="76" />
        <source>Patron</source>
        <translation>读者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="46" />
        <source>To pull</source>
        <translation>待提取</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="46" />
        <source>Waiting for pickup</source>
        <translation>待取书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="46" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63" />
        <source>%1 to pull, %2 waiting, %3 expired</source>
        <translation>待提取 %1，待取书 %2，已过期 %3</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="74" />
        <source>Pull for a hold</source>
        <translation>预约提书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="74" />
        <source>Hold for pickup</source>
        <translation>预约待取</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="75" />
        <source>Hold expired: return to shelf</source>
        <translation>预约过期：请归架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="82" />
        <source>Slip printed for %1.</source>
        <translation>已为《%1》打印单据。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="46" />
        <source>This desk</source>
        <translation>本服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="48" />
        <source>Sync now (Ctrl+S)</source>
        <translation>立即同步 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49" />
        <location filename="../../ui/staff/tags.py" line="72" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49" />
        <source>Answer</source>
        <translation>中心答复</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="47" />
        <source>Terminals and desks the centre knows</source>
        <translation>中心登记的终端和服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50" />
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50" />
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>Outbox</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="60" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="75" />
        <location filename="../../ui/staff/window.py" line="296" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="75" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="75" />
        <location filename="../../ui/staff/window.py" line="296" />
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="76" />
        <location filename="../../ui/staff/window.py" line="297" />
        <source>clock wrong</source>
        <translation>时钟错误</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="77" />
        <source>Sync: %1 · last full sync %2 · outbox %3 · rejected %4 · conflicts %5</source>
        <translation>同步：%1 · 最近完整同步 %2 · 待发送 %3 · 被拒 %4 · 冲突 %5</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="79" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="92" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="92" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="92" />
        <source>never seen</source>
        <translation>从未上线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="27" />
        <source>Reason (written to the audit log)</source>
        <translation>原因（将写入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="31" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="32" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="70" />
        <source>Today, per hour</source>
        <translation>今日每小时</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="73" />
        <source>This month, per day</source>
        <translation>本月每日</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="77" />
        <source>Refusals today by reason</source>
        <translation>今日拒绝原因</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="81" />
        <source>Terminal use and desk use today</source>
        <translation>今日自助终端与服务台使用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="82" />
        <source>Terminals</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="83" />
        <location filename="../../ui/staff/window.py" line="209" />
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="86" />
        <source>%1: %2 loans, %3 returns, %4 refusals</source>
        <translation>%1：借出 %2，归还 %3，拒绝 %4</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="121" />
        <source>Checkouts</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="122" />
        <source>Returns</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="156" />
        <source>(nothing yet today)</source>
        <translation>（今日暂无）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="70" />
        <source>Tags on the pad</source>
        <translation>读写板上的标签</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>Item id</source>
        <translation>图书条码</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>Owner library</source>
        <translation>所属馆</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>Part</source>
        <translation>分册</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73" />
        <source>Item id:</source>
        <translation>图书条码：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73" />
        <source>Owner library (ISIL):</source>
        <translation>所属馆 (ISIL)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73" />
        <source>Part:</source>
        <translation>分册：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="76" />
        <source>of</source>
        <translation>共</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="77" />
        <source>Scan the item's barcode</source>
        <translation>扫描图书条码</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="78" />
        <source>Write and verify (Ctrl+Enter)</source>
        <translation>写入并校验 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="90" />
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="90" />
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="91" />
        <source>programmed (%1)</source>
        <translation>已写入 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="124" />
        <source>Not in the catalogue: check the barcode.</source>
        <translation>馆藏中没有此条码，请核对。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="127" />
        <source>Known item, %1 part(s)</source>
        <translation>馆藏图书，共 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="133" />
        <source>Put one tag on the pad and choose it.</source>
        <translation>请在读写板上放一枚标签并选中。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="135" />
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="142" />
        <source>Written and read back: %1, %2, part %3 of %4</source>
        <translation>已写入并读回校验：%1，%2，第 %3 件/共 %4 件</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="146" />
        <source>Tag programmed.</source>
        <translation>标签已写入。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="98" />
        <source>Circulation desk: sign in</source>
        <translation>流通服务台：登录</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="99" />
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="100" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="101" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="121" />
        <source>%1 tries left.</source>
        <translation>还可尝试 %1 次。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="123" />
        <source>Try again in %1 minutes.</source>
        <translation>请 %1 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="202" />
        <source>Circulation desk</source>
        <translation>流通服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="204" />
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>退出 (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="206" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="209" />
        <source>Holds shelf</source>
        <translation>预约架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="209" />
        <source>Exceptions</source>
        <translation>异常事件</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="211" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="211" />
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="211" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="296" />
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="298" />
        <source>Centre: %1 · outbox %2</source>
        <translation>中心：%1 · 待发送 %2</translation>
    </message>
</context>
</TS>