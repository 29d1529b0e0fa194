<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../ui/staff/words.py" line="48" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="48" />
        <source>blocked</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="48" />
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="49" />
        <source>card lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="49" />
        <source>waiting for a copy</source>
        <translation>等待到书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="50" />
        <source>on the holds shelf</source>
        <translation>已到预约架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="50" />
        <source>overdue fee</source>
        <translation>滞还费</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="51" />
        <source>damaged tag</source>
        <translation>标签损坏</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="51" />
        <source>lost item</source>
        <translation>图书遗失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="52" />
        <source>librarian</source>
        <translation>馆员</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="52" />
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="164" />
        <source>Two offline loans of one copy</source>
        <translation>同一册书的两笔离线借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="168" />
        <source>Late return record</source>
        <translation>迟到的归还记录</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="62" />
        <source>Pengcheng reader card</source>
        <translation>鹏城励读证</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="53" />
        <source>deposit not paid</source>
        <translation>押金未缴</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="53" />
        <source>collected</source>
        <translation>已取书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="54" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="62" />
        <source>Deposit card (¥50)</source>
        <translation>押金证（50元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="63" />
        <source>Deposit card (¥100)</source>
        <translation>押金证（100元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="63" />
        <source>Deposit card (¥200)</source>
        <translation>押金证（200元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="64" />
        <source>Deposit card (¥300)</source>
        <translation>押金证（300元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="64" />
        <source>Child's card</source>
        <translation>少儿证</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="65" />
        <source>Staff card</source>
        <translation>员工证</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="71" />
        <source>Chinese-language</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="71" />
        <source>foreign-language</source>
        <translation>外文</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="77" />
        <source>Unknown card: no patron has this number. Check it, or register the card.</source>
        <extracomment>refusal code -&gt; the sentence for staff (params by name)</extracomment>
        <translation>未知读者证：没有读者用这个证号。请核对证号，或为读者办证。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="79" />
        <source>The card is blocked; see the blocks on the patron panel. Override only with a reason.</source>
        <translation>读者证已停用，原因见读者信息栏。如需强制通过，须填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="81" />
        <source>The card has expired. Renew it, or override with a reason.</source>
        <translation>读者证已过期。请办理续期，或填写理由强制通过。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="83" />
        <source>The card was reported lost. Check the patron's identity before you override.</source>
        <translation>此证已挂失。强制通过前请核实读者身份。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="85" />
        <source>Wrong PIN (%1 tries left).</source>
        <translation>密码错误（还可试 %1 次）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="86" />
        <source>PIN locked after too many tries, for %1 minutes.</source>
        <translation>密码错误次数过多，已锁定 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="88" />
        <source>Loan limit reached: %1 %2 items on loan. Take one back, or override with a reason.</source>
        <translation>已达借阅上限：在借%2资料 %1 册。请先还一册，或填写理由强制通过。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="91" />
        <source>Unknown item: no copy has this barcode. Check the barcode; put the item aside for cataloguing.</source>
        <translation>未知资料：没有这个条码的馆藏。请核对条码，并将此书交编目处理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="93" />
        <source>This copy is for use in the library only. Override only with a reason.</source>
        <translation>此册仅限馆内阅览。如需强制外借，须填写理由。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="95" />
        <source>This copy is still on loan to another patron. Check it in first, or override: that loan ends and its fee stays.</source>
        <translation>此册仍借给另一位读者。请先还书，或强制通过：原借阅结束，其滞还费保留。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="97" />
        <source>This patron already has this copy (due %1).</source>
        <translation>该读者已借此册（应还日期 %1）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="99" />
        <source>This copy is held for another patron. Put it on the holds shelf, or override with a reason.</source>
        <translation>此册已为另一位读者预留。请放到预约架，或填写理由强制通过。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="101" />
        <source>Incomplete set: part %1 of %2 is missing. Find it before lending.</source>
        <translation>套件不全：共 %2 件，缺第 %1 件。请找齐后再借出。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="104" />
        <source>The patron has %1 overdue items. Ask for them back, or override with a reason.</source>
        <translation>该读者有 %1 册逾期未还。请提醒归还，或填写理由强制通过。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="106" />
        <source>The patron owes ¥%1 in fees. Take the payment (Ctrl+M), or override with a reason.</source>
        <translation>该读者欠费 ¥%1。请收费 (Ctrl+M)，或填写理由强制通过。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="108" />
        <source>This loan has been renewed as often as allowed.</source>
        <translation>此笔借阅的续借次数已用完。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="109" />
        <source>This kind of item is not renewable.</source>
        <translation>此类资料不能续借。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="110" />
        <source>Another patron has reserved this title: no renewal.</source>
        <translation>此书已被其他读者预约，不能续借。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="111" />
        <source>This copy is not on loan to this patron.</source>
        <translation>此册不在该读者名下。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="112" />
        <source>The patron already has a hold on this title.</source>
        <translation>该读者已预约此书。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="113" />
        <source>Hold limit reached (%1 holds).</source>
        <translation>已达预约上限（%1 条）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="114" />
        <source>A copy is on the shelf here: fetch it instead of placing a hold.</source>
        <translation>本馆书架上有此书：请直接取书，不必预约。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="116" />
        <source>The centre cannot be reached and this needs it. Try again when the desk is online.</source>
        <translation>连不上中心系统，此操作需要联网。请在服务台联网后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="118" />
        <source>Offline limit reached: %1 items per patron while the centre cannot be reached.</source>
        <translation>已达离线上限：联网中断期间每位读者最多借 %1 册。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="120" />
        <source>This desk's clock is wrong, so syncing stopped. Correct the computer's clock.</source>
        <translation>本机时间不准，同步已暂停。请校正电脑时间。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="122" />
        <source>Lent, but the tag's security was not switched. Put the item on the pad again, or switch it by hand.</source>
        <translation>已借出，但防盗位未能更改。请把书重新放到感应区，或手工消磁。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="124" />
        <source>The centre refused this: %1</source>
        <translation>中心系统拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="135" />
        <source>Refused (%1).</source>
        <translation>被拒绝（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="142" />
        <source>Unknown card</source>
        <translation>未知读者证</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="142" />
        <source>Card blocked</source>
        <translation>证已停用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="143" />
        <source>Card expired</source>
        <translation>证已过期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="143" />
        <source>Card lost</source>
        <translation>证已挂失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="144" />
        <source>Loan limit</source>
        <translation>借阅上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="144" />
        <source>Unknown item</source>
        <translation>未知资料</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="145" />
        <source>Library use only</source>
        <translation>仅限馆内</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="145" />
        <source>Still on loan</source>
        <translation>仍在借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="146" />
        <source>Already on loan to the patron</source>
        <translation>读者已借此册</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="147" />
        <source>Held for another patron</source>
        <translation>为他人预留</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="148" />
        <source>Incomplete set</source>
        <translation>套件不全</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="148" />
        <source>Overdue items</source>
        <translation>有逾期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="149" />
        <source>Unpaid fees</source>
        <translation>有欠费</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="149" />
        <source>Renewal limit</source>
        <translation>续借上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="150" />
        <source>Not renewable</source>
        <translation>不可续借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="150" />
        <source>Reserved by another</source>
        <translation>已被他人预约</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="151" />
        <source>Not on loan</source>
        <translation>不在借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="151" />
        <source>Hold exists</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="152" />
        <source>Hold limit</source>
        <translation>预约上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="152" />
        <source>Offline limit</source>
        <translation>离线上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="153" />
        <source>Needs the centre</source>
        <translation>需要联网</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="153" />
        <source>Security tag</source>
        <translation>防盗位</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="154" />
        <source>Refused by the centre</source>
        <translation>中心拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="154" />
        <source>Wrong PIN</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="155" />
        <source>PIN locked</source>
        <translation>密码锁定</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="155" />
        <source>Copy on the shelf here</source>
        <translation>本馆架上有书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="156" />
        <source>Clock wrong</source>
        <translation>时间不准</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="158" />
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="165" />
        <source>Override ended another patron's loan</source>
        <translation>强制借出结束了另一位读者的借阅</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="166" />
        <source>Offline loan against the rules</source>
        <translation>违反规则的离线借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="167" />
        <source>Unknown item returned</source>
        <translation>归还了未知资料</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="169" />
        <source>Return dated before the terminal's last sync</source>
        <translation>归还时间早于自助机上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="170" />
        <source>Payment after the reader left</source>
        <translation>读者离开后完成的付款</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="171" />
        <source>Security switch failed</source>
        <translation>防盗位更改失败</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="173" />
        <source>Other case (%1)</source>
        <translation>其他异常（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="184" />
        <source>%1: the loan of %2 was ended at %3, when %4 borrowed it.</source>
        <translation>%1：%2 的借阅于 %3 结束，此时 %4 借出了此册。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="188" />
        <source>Overridden by %1: “%2”.</source>
        <translation>由 %1 强制通过：“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="191" />
        <source>The overdue fee of %1 stays on %2's account.</source>
        <translation>逾期滞还费 %1 仍记在 %2 名下。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="193" />
        <source>Check where the copy is and call the patron(s) if needed.</source>
        <translation>请查明此册所在，必要时联系相关读者。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="196" />
        <source>%1 was lent offline to %2 against the rules (%3).</source>
        <translation>%1 在离线时违反规则借给了 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="198" />
        <source>The loan stands; talk to the patron at the next visit.</source>
        <translation>借阅保留；请在读者下次来馆时说明。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>%1 was returned at %2 but the centre has no such item.</source>
        <translation>%1 于 %2 归还，但中心系统没有这册资料。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="202" />
        <source>Find the item on the returns trolley and catalogue or relabel it.</source>
        <translation>请在还书车上找到此书，重新编目或更换标签。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="204" />
        <source>on loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="204" />
        <source>in library</source>
        <translation>在馆</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="205" />
        <source>%1: the security of %2 tag(s) was not set to “%3” at the terminal.</source>
        <translation>%1：自助机未能把 %2 个标签的防盗位设为“%3”。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="207" />
        <source>Put the item on the pad (Tags, Ctrl+4) and check it at the gate.</source>
        <translation>请把资料放到读写板上（标签，Ctrl+4），并在门禁处检查。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="209" />
        <source>A return of %1 dated %2 came after the terminal had reported an empty queue at %3: %4's overdue fee is counted to %3.</source>
        <translation>%1 的归还记录时间为 %2，但自助机在 %3 已报告无待发送记录：%4 的滞还费计算到 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="213" />
        <source>Check the terminal's clock; waive the difference if the reader was not at fault.</source>
        <translation>请检查自助机时间；如非读者责任，可减免差额。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="216" />
        <source>A return of %1 recorded at %2 is older than %3's loan from %4, which stays open.</source>
        <translation>%1 于 %2 的归还记录早于 %3 自 %4 起的借阅，该借阅仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="219" />
        <source>Check whether the patron still has the copy.</source>
        <translation>请核实读者手上是否还有此册。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="222" />
        <source>Item %1, patrons %2.</source>
        <translation>资料 %1，读者 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="229" />
        <source>Hold</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="229" />
        <source>Cancel hold</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="229" />
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="230" />
        <source>Waiver</source>
        <translation>减免</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="235" />
        <source>waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="235" />
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="236" />
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="236" />
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="237" />
        <source>accepted, with a case</source>
        <translation>已接受（有异常）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="249" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="250" />
        <source>Too many wrong passwords: this user is locked for a while.</source>
        <translation>密码错误次数过多，此用户已暂时锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="251" />
        <source>The centre does not answer. Nothing was recorded; try again.</source>
        <translation>中心系统无响应，未记录任何操作，请重试。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="252" />
        <source>Your role may not do this.</source>
        <translation>你的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="253" />
        <location filename="../../ui/staff/words.py" line="254" />
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="255" />
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="256" />
        <source>This refusal cannot be overridden.</source>
        <translation>此项拒绝不能强制通过。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="257" />
        <source>The tag was not written correctly.</source>
        <translation>标签未能正确写入。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="258" />
        <source>No RFID pad is connected.</source>
        <translation>未连接 RFID 读写板。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="259" />
        <source>No receipt printer is connected.</source>
        <translation>未连接凭条打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="260" />
        <source>The printer did not print (paper out or offline?).</source>
        <translation>打印机没有打印（缺纸或未连接？）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="261" />
        <source>Someone has already resolved this case.</source>
        <translation>此事件已由他人处理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="262" />
        <source>Something is missing or wrong in what was entered.</source>
        <translation>输入的内容有遗漏或错误。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="263" />
        <source>The reader cancelled this call.</source>
        <translation>读者已取消这次呼叫。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="264" />
        <source>This call is no longer there.</source>
        <translation>这次呼叫已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="110" />
        <source>Refused by the centre.</source>
        <translation>中心系统拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="183" />
        <source>Patron (F2):</source>
        <translation>读者 (F2)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="188" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="189" />
        <source>Card</source>
        <translation>证号</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="189" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="189" />
        <location filename="../../ui/staff/desk.py" line="192" />
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <location filename="../../ui/staff/desk.py" line="207" />
        <location filename="../../ui/staff/holds.py" line="58" />
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <location filename="../../ui/staff/desk.py" line="192" />
        <location filename="../../ui/staff/desk.py" line="207" />
        <location filename="../../ui/staff/holds.py" line="58" />
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <location filename="../../ui/staff/desk.py" line="208" />
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <source>Renewals</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="191" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="192" />
        <location filename="../../ui/staff/holds.py" line="58" />
        <source>Pick up at</source>
        <translation>取书地点</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="192" />
        <source>Expires</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="193" />
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="187" />
        <location filename="../../ui/staff/desk.py" line="193" />
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <source>Item</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="184" />
        <source>Card number, card tap, card scan or name</source>
        <translation>证号、刷卡、扫证或姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="186" />
        <source>Item (F3):</source>
        <translation>资料 (F3)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="193" />
        <source>Outstanding</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="193" />
        <source>Since</source>
        <translation>产生日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="194" />
        <source>Renew selected (Ctrl+R)</source>
        <translation>续借所选 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="195" />
        <source>Renew all (Ctrl+Shift+R)</source>
        <translation>全部续借 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="196" />
        <source>Record cash (Ctrl+M)</source>
        <translation>现金收费 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="197" />
        <source>Waive… (Ctrl+Shift+W)</source>
        <translation>减免… (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="198" />
        <source>Print receipt (Ctrl+P)</source>
        <translation>打印凭条 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="199" />
        <source>Edit notes… (Ctrl+E)</source>
        <translation>编辑备注… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="200" />
        <source>Scan items to:</source>
        <translation>扫描图书用于：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="202" />
        <source>Check out (F5)</source>
        <translation>借出 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="202" />
        <source>Check in (F6)</source>
        <translation>归还 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="202" />
        <source>Renew (F7)</source>
        <translation>续借 (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="204" />
        <source>Scan or type an item barcode, or put items on the pad</source>
        <translation>扫描或输入图书条码，或把图书放在读写板上</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="207" />
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>Act</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="207" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="209" />
        <source>Override the refusal… (Ctrl+O)</source>
        <translation>强制通过… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="210" />
        <source>Loans</source>
        <translation>在借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="210" />
        <source>Holds</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="210" />
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="254" />
        <source>No patron matches “%1”.</source>
        <translation>没有与“%1”匹配的读者。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="295" />
        <source>No patron</source>
        <translation>未选择读者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="296" />
        <source>Tap a card on the reader, scan a card or type a name.</source>
        <translation>请在读卡器上刷卡、扫描读者证或输入姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="305" />
        <source> (from this desk's copy, not fresh)</source>
        <translation>（本机副本，非最新）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="307" />
        <source>%1 · %2 · expires %3 · %4 loans, %5 holds, fees %6</source>
        <translation>%1 · %2 · 有效期至 %3 · 在借 %4 册，预约 %5 条，费用 %6</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="313" />
        <source>Card status: %1</source>
        <translation>证状态：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="315" />
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="319" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="330" />
        <source>Only a supervisor may waive fees.</source>
        <translation>只有主管可以减免费用。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="338" />
        <source>Patron notes</source>
        <translation>读者备注</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="338" />
        <source>Notes on %1 (%2), seen by staff at every desk:</source>
        <translation>%1（%2）的备注，各服务台的工作人员都能看到：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="341" />
        <source>e.g. deposit not paid: send to the desk</source>
        <translation>例如：押金未补缴，请引导到服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="345" />
        <source>Notes saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="361" />
        <source>%1 is the card of %2, not an item. Open patrons in the patron field (F2).</source>
        <translation>%1 是 %2 的读者证，不是资料。请在读者栏 (F2) 中打开读者。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="370" />
        <source>%1 is an item barcode («%2»), not a card. Scan items in the item field (F3).</source>
        <translation>%1 是资料条码（《%2》），不是读者证。请在资料栏 (F3) 中扫描资料。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="376" />
        <source>Scanned: the card of %1 (%2)</source>
        <translation>已扫描：%1 的读者证（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="380" />
        <source>Scanned: item %1 «%2»</source>
        <translation>已扫描：资料 %1《%2》</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="384" />
        <source>Scanned: %1 is both a card number and an item barcode. Type it into the patron field (F2) or the item field (F3).</source>
        <translation>已扫描：%1 既是证号又是资料条码。请输入到读者栏 (F2) 或资料栏 (F3)。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="388" />
        <source>Scanned: %1 is neither a known card nor a known item.</source>
        <translation>已扫描：%1 既不是已知的读者证，也不是已知的资料。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="395" />
        <source>This card is not known.</source>
        <translation>无法识别此卡。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="417" />
        <source>Find the patron first (F2).</source>
        <translation>请先查找读者 (F2)。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="451" />
        <source>(Ctrl+O to override)</source>
        <translation>（按 Ctrl+O 强制通过）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="242" />
        <source>to the holds shelf</source>
        <translation>放到预约架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="242" />
        <source>to send on</source>
        <translation>需转送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="243" />
        <source>to the desk</source>
        <translation>交服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="243" />
        <source>to the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="454" />
        <source>Returned, %1</source>
        <translation>已归还，%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="459" />
        <source>fee %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="461" />
        <source>Due %1</source>
        <translation>应还 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="463" />
        <source>(overridden)</source>
        <translation>（已强制通过）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="465" />
        <source>(recorded offline)</source>
        <translation>（离线记录）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="228" />
        <source>Check out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="228" />
        <source>Check in</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="228" />
        <source>Renew</source>
        <translation>续借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="486" />
        <source>There is no refusal here that can be overridden.</source>
        <translation>这里没有可强制通过的拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="489" />
        <source>Override</source>
        <translation>强制通过</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="489" />
        <source>Refused: %1
Why do you override it?</source>
        <translation>被拒绝：%1
为什么要强制通过？</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="533" />
        <location filename="../../ui/staff/words.py" line="230" />
        <source>Cash payment</source>
        <translation>现金缴费</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="541" />
        <source>Waive fees</source>
        <translation>减免费用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="541" />
        <source>Waive %1 for %2?</source>
        <translation>为 %2 减免 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="548" />
        <source>Fees waived</source>
        <translation>费用已减免</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="558" />
        <source>Nothing to print yet: record a payment first.</source>
        <translation>暂无可打印内容：请先记录缴费。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="562" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="564" />
        <source>Receipt printed.</source>
        <translation>凭条已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="75" />
        <source>Show resolved too</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="76" />
        <location filename="../../ui/staff/holds.py" line="61" />
        <location filename="../../ui/staff/stats.py" line="60" />
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <source>Patrons</source>
        <translation>读者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="78" />
        <source>Note</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="79" />
        <source>How was it resolved? (Enter)</source>
        <translation>如何处理的？（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="80" />
        <source>Resolve (Ctrl+Enter)</source>
        <translation>处理完成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="97" />
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="97" />
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="99" />
        <source>%1 open</source>
        <translation>%1 件待处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="111" />
        <source>Resolved by %1: %2</source>
        <translation>%1 已处理：%2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="119" />
        <source>Choose an open case first.</source>
        <translation>请先选择一件待处理事件。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="122" />
        <source>Write how the case was resolved.</source>
        <translation>请写明处理方式。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="130" />
        <source>Case resolved.</source>
        <translation>事件已处理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="62" />
        <source>Print slip (Ctrl+P)</source>
        <translation>打印单据 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="57" />
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="185" />
        <source>Patron</source>
        <translation>读者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="55" />
        <source>Placed</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="55" />
        <source>Hold until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="56" />
        <source>Ended</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="57" />
        <source>Shelf</source>
        <translation>书架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="58" />
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63" />
        <source>To pull</source>
        <translation>待提取</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63" />
        <source>Waiting for pickup</source>
        <translation>待取书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63" />
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="74" />
        <source>%1 to pull, %2 waiting, %3 expired</source>
        <translation>待提取 %1，待取书 %2，已过期 %3</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="101" />
        <source>Pull for a hold</source>
        <translation>预约提书</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="101" />
        <source>Hold for pickup</source>
        <translation>预约待取</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="102" />
        <source>Hold expired: return to shelf</source>
        <translation>预约过期：请归架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="104" />
        <source>Reader: %1</source>
        <translation>读者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="105" />
        <source>Pick up at: %1</source>
        <translation>取书地点：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="107" />
        <source>Call number: %1</source>
        <translation>索书号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="109" />
        <source>Hold until: %1</source>
        <translation>保留至：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="114" />
        <source>Slip printed for %1.</source>
        <translation>已为《%1》打印单据。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="48" />
        <source>This desk</source>
        <translation>本服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50" />
        <source>Sync now (Ctrl+S)</source>
        <translation>立即同步 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <location filename="../../ui/staff/tags.py" line="72" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>Answer</source>
        <translation>中心答复</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49" />
        <source>Terminals and desks the centre knows</source>
        <translation>中心登记的终端和服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="52" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="52" />
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="52" />
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="53" />
        <source>Outbox</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="53" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="53" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="62" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="77" />
        <location filename="../../ui/staff/window.py" line="329" />
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="77" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="77" />
        <location filename="../../ui/staff/window.py" line="329" />
        <source>syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="78" />
        <location filename="../../ui/staff/window.py" line="330" />
        <source>clock wrong</source>
        <translation>时钟错误</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="79" />
        <source>Sync: %1 · last full sync %2 · outbox %3 · rejected %4 · conflicts %5</source>
        <translation>同步：%1 · 最近完整同步 %2 · 待发送 %3 · 被拒 %4 · 冲突 %5</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="81" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="93" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="93" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="93" />
        <source>never seen</source>
        <translation>从未上线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="81" />
        <source>Confirm (Ctrl+Enter)</source>
        <translation>确认 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="82" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="91" />
        <source>Reason (written to the audit log)</source>
        <translation>原因（将写入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="74" />
        <source>Today, per hour</source>
        <translation>今日每小时</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="77" />
        <source>This month, per day</source>
        <translation>本月每日</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="80" />
        <source>Refusals today by reason</source>
        <translation>今日拒绝原因</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="83" />
        <source>Terminal use and desk use today</source>
        <translation>今日自助终端与服务台使用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="84" />
        <source>Terminals</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="85" />
        <location filename="../../ui/staff/window.py" line="222" />
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="88" />
        <source>%1 (%5): %2 loans, %3 returns, %4 refusals</source>
        <translation>%1（%5）：借出 %2 册，归还 %3 册，拒绝 %4 次</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="115" />
        <source>Checkouts</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="116" />
        <source>Returns</source>
        <translation>归还</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="150" />
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
        <location filename="../../ui/staff/window.py" line="101" />
        <source>Circulation desk: sign in</source>
        <translation>流通服务台：登录</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="102" />
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="103" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="104" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="124" />
        <source>%1 tries left.</source>
        <translation>还可尝试 %1 次。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="126" />
        <source>Try again in %1 minutes.</source>
        <translation>请 %1 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="215" />
        <source>Circulation desk</source>
        <translation>流通服务台</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="217" />
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>退出 (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="219" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="222" />
        <source>Holds shelf</source>
        <translation>预约架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="222" />
        <source>Exceptions</source>
        <translation>异常事件</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="224" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="224" />
        <source>Machines</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="224" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="329" />
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="331" />
        <source>Centre: %1 · outbox %2</source>
        <translation>中心：%1 · 待发送 %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="339" />
        <source>A reader needs help at %1.</source>
        <translation>%1 有读者需要帮助。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="111" />
        <source>Help! A reader needs staff at %1 (called at %2)</source>
        <translation>求助：%1 有读者需要工作人员（%2 呼叫）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="115" />
        <source>I'm going (Ctrl+K)</source>
        <translation>我去处理 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="115" />
        <source>I'm going</source>
        <translation>我去处理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="117" />
        <source>I'm going to %1</source>
        <translation>我去 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="134" />
        <source>The terminal now shows that staff are coming.</source>
        <translation>自助机上已显示“工作人员马上就到”。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>a terminal</source>
        <translation>一台终端</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>%1 paid %2 on the phone at %3, after leaving %4. The payment is recorded; the terminal offers its receipt at the next log-in.</source>
        <translation>%1 离开%4后，于 %3 用手机支付了 %2。付款已入账，读者下次登录时终端会提供收据。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>Nothing to do unless the reader asks: the fees are settled.</source>
        <translation>费用已结清；读者没有问起就无需处理。</translation>
    </message>
</context>
</TS>