<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_HK">
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
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="49" />
        <source>card lost</source>
        <translation>已掛失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="49" />
        <source>waiting for a copy</source>
        <translation>等待到書</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="50" />
        <source>on the holds shelf</source>
        <translation>已到預約架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="50" />
        <source>overdue fee</source>
        <translation>滯還費</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="51" />
        <source>damaged tag</source>
        <translation>標籤損壞</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="51" />
        <source>lost item</source>
        <translation>圖書遺失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="52" />
        <source>librarian</source>
        <translation>館員</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="52" />
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="164" />
        <source>Two offline loans of one copy</source>
        <translation>同一冊書的兩筆離線借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="168" />
        <source>Late return record</source>
        <translation>遲到的歸還記錄</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="62" />
        <source>Pengcheng reader card</source>
        <translation>鵬城勵讀證</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="53" />
        <source>deposit not paid</source>
        <translation>押金未繳</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="53" />
        <source>collected</source>
        <translation>已取書</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="54" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="62" />
        <source>Deposit card (¥50)</source>
        <translation>押金證（50元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="63" />
        <source>Deposit card (¥100)</source>
        <translation>押金證（100元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="63" />
        <source>Deposit card (¥200)</source>
        <translation>押金證（200元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="64" />
        <source>Deposit card (¥300)</source>
        <translation>押金證（300元）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="64" />
        <source>Child's card</source>
        <translation>少兒證</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="65" />
        <source>Staff card</source>
        <translation>員工證</translation>
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
        <translation>未知讀者證：沒有讀者用這個證號。請核對證號，或為讀者辦證。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="79" />
        <source>The card is blocked; see the blocks on the patron panel. Override only with a reason.</source>
        <translation>讀者證已停用，原因見讀者資料欄。如需強制通過，須填寫理由。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="81" />
        <source>The card has expired. Renew it, or override with a reason.</source>
        <translation>讀者證已過期。請辦理續期，或填寫理由強制通過。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="83" />
        <source>The card was reported lost. Check the patron's identity before you override.</source>
        <translation>此證已掛失。強制通過前請核實讀者身份。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="85" />
        <source>Wrong PIN (%1 tries left).</source>
        <translation>密碼錯誤（還可試 %1 次）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="86" />
        <source>PIN locked after too many tries, for %1 minutes.</source>
        <translation>密碼錯誤次數過多，已鎖定 %1 分鐘。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="88" />
        <source>Loan limit reached: %1 %2 items on loan. Take one back, or override with a reason.</source>
        <translation>已達借閱上限：在借%2資料 %1 冊。請先還一冊，或填寫理由強制通過。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="91" />
        <source>Unknown item: no copy has this barcode. Check the barcode; put the item aside for cataloguing.</source>
        <translation>未知資料：沒有這個條碼的館藏。請核對條碼，並將此書交編目處理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="93" />
        <source>This copy is for use in the library only. Override only with a reason.</source>
        <translation>此冊僅限館內閱覽。如需強制外借，須填寫理由。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="95" />
        <source>This copy is still on loan to another patron. Check it in first, or override: that loan ends and its fee stays.</source>
        <translation>此冊仍借給另一位讀者。請先還書，或強制通過：原借閱結束，其滯還費保留。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="97" />
        <source>This patron already has this copy (due %1).</source>
        <translation>該讀者已藉此冊（應還日期 %1）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="99" />
        <source>This copy is held for another patron. Put it on the holds shelf, or override with a reason.</source>
        <translation>此冊已為另一位讀者預留。請放到預約架，或填寫理由強制通過。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="101" />
        <source>Incomplete set: part %1 of %2 is missing. Find it before lending.</source>
        <translation>套件不全：共 %2 件，缺第 %1 件。請找齊後再借出。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="104" />
        <source>The patron has %1 overdue items. Ask for them back, or override with a reason.</source>
        <translation>該讀者有 %1 冊逾期未還。請提醒歸還，或填寫理由強制通過。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="106" />
        <source>The patron owes ¥%1 in fees. Take the payment (Ctrl+M), or override with a reason.</source>
        <translation>該讀者欠費 ¥%1。請收費 (Ctrl+M)，或填寫理由強制通過。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="108" />
        <source>This loan has been renewed as often as allowed.</source>
        <translation>此筆借閱的續借次數已用完。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="109" />
        <source>This kind of item is not renewable.</source>
        <translation>此類資料不能續借。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="110" />
        <source>Another patron has reserved this title: no renewal.</source>
        <translation>此書已被其他讀者預約，不能續借。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="111" />
        <source>This copy is not on loan to this patron.</source>
        <translation>此冊不在該讀者名下。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="112" />
        <source>The patron already has a hold on this title.</source>
        <translation>該讀者已預約此書。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="113" />
        <source>Hold limit reached (%1 holds).</source>
        <translation>已達預約上限（%1 條）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="114" />
        <source>A copy is on the shelf here: fetch it instead of placing a hold.</source>
        <translation>本館書架上有此書：請直接取書，不必預約。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="116" />
        <source>The centre cannot be reached and this needs it. Try again when the desk is online.</source>
        <translation>連不上中心繫統，此操作需要聯網。請在服務枱聯網後再試。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="118" />
        <source>Offline limit reached: %1 items per patron while the centre cannot be reached.</source>
        <translation>已達離線上限：聯網中斷期間每位讀者最多借 %1 冊。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="120" />
        <source>This desk's clock is wrong, so syncing stopped. Correct the computer's clock.</source>
        <translation>本機時間不準，同步已暫停。請校正電腦時間。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="122" />
        <source>Lent, but the tag's security was not switched. Put the item on the pad again, or switch it by hand.</source>
        <translation>已借出，但防盜位未能更改。請把書重新放到感應區，或手工消磁。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="124" />
        <source>The centre refused this: %1</source>
        <translation>中心繫統拒絕：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="135" />
        <source>Refused (%1).</source>
        <translation>被拒絕（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="142" />
        <source>Unknown card</source>
        <translation>未知讀者證</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="142" />
        <source>Card blocked</source>
        <translation>證已停用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="143" />
        <source>Card expired</source>
        <translation>證已過期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="143" />
        <source>Card lost</source>
        <translation>證已掛失</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="144" />
        <source>Loan limit</source>
        <translation>借閱上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="144" />
        <source>Unknown item</source>
        <translation>未知資料</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="145" />
        <source>Library use only</source>
        <translation>僅限館內</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="145" />
        <source>Still on loan</source>
        <translation>仍在借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="146" />
        <source>Already on loan to the patron</source>
        <translation>讀者已藉此冊</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="147" />
        <source>Held for another patron</source>
        <translation>為他人預留</translation>
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
        <translation>有欠費</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="149" />
        <source>Renewal limit</source>
        <translation>續借上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="150" />
        <source>Not renewable</source>
        <translation>不可續借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="150" />
        <source>Reserved by another</source>
        <translation>已被他人預約</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="151" />
        <source>Not on loan</source>
        <translation>不在借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="151" />
        <source>Hold exists</source>
        <translation>已預約</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="152" />
        <source>Hold limit</source>
        <translation>預約上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="152" />
        <source>Offline limit</source>
        <translation>離線上限</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="153" />
        <source>Needs the centre</source>
        <translation>需要聯網</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="153" />
        <source>Security tag</source>
        <translation>防盜位</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="154" />
        <source>Refused by the centre</source>
        <translation>中心拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="154" />
        <source>Wrong PIN</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="155" />
        <source>PIN locked</source>
        <translation>密碼鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="155" />
        <source>Copy on the shelf here</source>
        <translation>本館架上有書</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="156" />
        <source>Clock wrong</source>
        <translation>時間不準</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="158" />
        <source>Other (%1)</source>
        <translation>其他（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="165" />
        <source>Override ended another patron's loan</source>
        <translation>強制借出結束了另一位讀者的借閱</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="166" />
        <source>Offline loan against the rules</source>
        <translation>違反規則的離線借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="167" />
        <source>Unknown item returned</source>
        <translation>歸還了未知資料</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="169" />
        <source>Return dated before the terminal's last sync</source>
        <translation>歸還時間早於自助機上次同步</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="170" />
        <source>Payment after the reader left</source>
        <translation>讀者離開後完成的付款</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="171" />
        <source>Security switch failed</source>
        <translation>防盜位更改失敗</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="173" />
        <source>Other case (%1)</source>
        <translation>其他異常（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="184" />
        <source>%1: the loan of %2 was ended at %3, when %4 borrowed it.</source>
        <translation>%1：%2 的借閱於 %3 結束，此時 %4 借出了此冊。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="188" />
        <source>Overridden by %1: “%2”.</source>
        <translation>由 %1 強制通過：“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="191" />
        <source>The overdue fee of %1 stays on %2's account.</source>
        <translation>逾期滯還費 %1 仍記在 %2 名下。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="193" />
        <source>Check where the copy is and call the patron(s) if needed.</source>
        <translation>請查明此冊所在，必要時聯繫相關讀者。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="196" />
        <source>%1 was lent offline to %2 against the rules (%3).</source>
        <translation>%1 在離線時違反規則借給了 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="198" />
        <source>The loan stands; talk to the patron at the next visit.</source>
        <translation>借閱保留；請在讀者下次來館時說明。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>%1 was returned at %2 but the centre has no such item.</source>
        <translation>%1 於 %2 歸還，但中心繫統沒有這冊資料。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="202" />
        <source>Find the item on the returns trolley and catalogue or relabel it.</source>
        <translation>請在還書車上找到此書，重新編目或更換標籤。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="204" />
        <source>on loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="204" />
        <source>in library</source>
        <translation>在館</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="205" />
        <source>%1: the security of %2 tag(s) was not set to “%3” at the terminal.</source>
        <translation>%1：自助機未能把 %2 個標籤的防盜位設為“%3”。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="207" />
        <source>Put the item on the pad (Tags, Ctrl+4) and check it at the gate.</source>
        <translation>請把資料放到讀寫板上（標籤，Ctrl+4），並在門禁處檢查。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="209" />
        <source>A return of %1 dated %2 came after the terminal had reported an empty queue at %3: %4's overdue fee is counted to %3.</source>
        <translation>%1 的歸還記錄時間為 %2，但自助機在 %3 已報告無待發送記錄：%4 的滯還費計算到 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="213" />
        <source>Check the terminal's clock; waive the difference if the reader was not at fault.</source>
        <translation>請檢查自助機時間；如非讀者責任，可減免差額。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="216" />
        <source>A return of %1 recorded at %2 is older than %3's loan from %4, which stays open.</source>
        <translation>%1 於 %2 的歸還記錄早於 %3 自 %4 起的借閱，該借閱仍保留。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="219" />
        <source>Check whether the patron still has the copy.</source>
        <translation>請核實讀者手上是否還有此冊。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="222" />
        <source>Item %1, patrons %2.</source>
        <translation>資料 %1，讀者 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="229" />
        <source>Hold</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="229" />
        <source>Cancel hold</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="229" />
        <source>Payment</source>
        <translation>繳費</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="230" />
        <source>Waiver</source>
        <translation>減免</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="235" />
        <source>waiting to send</source>
        <translation>待發送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="235" />
        <source>sending</source>
        <translation>發送中</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="236" />
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="236" />
        <source>refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="237" />
        <source>accepted, with a case</source>
        <translation>已接受（有異常）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="249" />
        <source>Wrong user name or password.</source>
        <translation>用戶名或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="250" />
        <source>Too many wrong passwords: this user is locked for a while.</source>
        <translation>密碼錯誤次數過多，此用戶已暫時鎖定。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="251" />
        <source>The centre does not answer. Nothing was recorded; try again.</source>
        <translation>中心繫統無響應，未記錄任何操作，請重試。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="252" />
        <source>Your role may not do this.</source>
        <translation>你的角色無權執行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="253" />
        <location filename="../../ui/staff/words.py" line="254" />
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="255" />
        <source>Give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="256" />
        <source>This refusal cannot be overridden.</source>
        <translation>此項拒絕不能強制通過。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="257" />
        <source>The tag was not written correctly.</source>
        <translation>標籤未能正確寫入。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="258" />
        <source>No RFID pad is connected.</source>
        <translation>未連接 RFID 讀寫板。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="259" />
        <source>No receipt printer is connected.</source>
        <translation>未連接憑條打印機。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="260" />
        <source>The printer did not print (paper out or offline?).</source>
        <translation>打印機沒有打印（缺紙或未連接？）。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="261" />
        <source>Someone has already resolved this case.</source>
        <translation>此事件已由他人處理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="262" />
        <source>Something is missing or wrong in what was entered.</source>
        <translation>輸入的內容有遺漏或錯誤。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="263" />
        <source>The reader cancelled this call.</source>
        <translation>讀者已取消這次呼叫。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="264" />
        <source>This call is no longer there.</source>
        <translation>這次呼叫已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="110" />
        <source>Refused by the centre.</source>
        <translation>中心繫統拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="183" />
        <source>Patron (F2):</source>
        <translation>讀者 (F2)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="188" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="189" />
        <source>Card</source>
        <translation>證號</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <location filename="../../ui/staff/desk.py" line="207" />
        <location filename="../../ui/staff/holds.py" line="58" />
        <source>Barcode</source>
        <translation>條碼</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <location filename="../../ui/staff/desk.py" line="192" />
        <location filename="../../ui/staff/desk.py" line="207" />
        <location filename="../../ui/staff/holds.py" line="58" />
        <source>Title</source>
        <translation>題名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <location filename="../../ui/staff/desk.py" line="208" />
        <source>Due</source>
        <translation>應還日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="190" />
        <source>Renewals</source>
        <translation>續借次數</translation>
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
        <translation>取書地點</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="192" />
        <source>Expires</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="193" />
        <source>Fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="187" />
        <location filename="../../ui/staff/desk.py" line="193" />
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <source>Item</source>
        <translation>圖書</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="184" />
        <source>Card number, card tap, card scan or name</source>
        <translation>證號、刷卡、掃證或姓名</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="186" />
        <source>Item (F3):</source>
        <translation>資料 (F3)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="193" />
        <source>Outstanding</source>
        <translation>未繳</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="193" />
        <source>Since</source>
        <translation>產生日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="194" />
        <source>Renew selected (Ctrl+R)</source>
        <translation>續借所選 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="195" />
        <source>Renew all (Ctrl+Shift+R)</source>
        <translation>全部續借 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="196" />
        <source>Record cash (Ctrl+M)</source>
        <translation>現金收費 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="197" />
        <source>Waive… (Ctrl+Shift+W)</source>
        <translation>減免… (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="198" />
        <source>Print receipt (Ctrl+P)</source>
        <translation>打印憑條 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="199" />
        <source>Edit notes… (Ctrl+E)</source>
        <translation>編輯備註… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="200" />
        <source>Scan items to:</source>
        <translation>掃描圖書用於：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="202" />
        <source>Check out (F5)</source>
        <translation>借出 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="202" />
        <source>Check in (F6)</source>
        <translation>歸還 (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="202" />
        <source>Renew (F7)</source>
        <translation>續借 (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="204" />
        <source>Scan or type an item barcode, or put items on the pad</source>
        <translation>掃描或輸入圖書條碼，或把圖書放在讀寫板上</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="209" />
        <source>Override the refusal… (Ctrl+O)</source>
        <translation>強制通過… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="210" />
        <source>Loans</source>
        <translation>在借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="210" />
        <source>Holds</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="210" />
        <source>Fees</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="254" />
        <source>No patron matches “%1”.</source>
        <translation>沒有與“%1”匹配的讀者。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="295" />
        <source>No patron</source>
        <translation>未選擇讀者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="296" />
        <source>Tap a card on the reader, scan a card or type a name.</source>
        <translation>請在讀卡器上刷卡、掃描讀者證或輸入姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="305" />
        <source> (from this desk's copy, not fresh)</source>
        <translation>（本機副本，非最新）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="307" />
        <source>%1 · %2 · expires %3 · %4 loans, %5 holds, fees %6</source>
        <translation>%1 · %2 · 有效期至 %3 · 在借 %4 冊，預約 %5 條，費用 %6</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="313" />
        <source>Card status: %1</source>
        <translation>證狀態：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="315" />
        <source>Notes: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="319" />
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="330" />
        <source>Only a supervisor may waive fees.</source>
        <translation>只有主管可以減免費用。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="338" />
        <source>Patron notes</source>
        <translation>讀者備註</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="338" />
        <source>Notes on %1 (%2), seen by staff at every desk:</source>
        <translation>%1（%2）的備註，各服務枱的工作人員都能看到：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="341" />
        <source>e.g. deposit not paid: send to the desk</source>
        <translation>例如：押金未補繳，請引導到服務枱</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="345" />
        <source>Notes saved.</source>
        <translation>備註已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="361" />
        <source>%1 is the card of %2, not an item. Open patrons in the patron field (F2).</source>
        <translation>%1 是 %2 的讀者證，不是資料。請在讀者欄 (F2) 中打開讀者。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="370" />
        <source>%1 is an item barcode («%2»), not a card. Scan items in the item field (F3).</source>
        <translation>%1 是資料條碼（《%2》），不是讀者證。請在資料欄 (F3) 中掃描資料。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="376" />
        <source>Scanned: the card of %1 (%2)</source>
        <translation>已掃描：%1 的讀者證（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="380" />
        <source>Scanned: item %1 «%2»</source>
        <translation>已掃描：資料 %1《%2》</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="384" />
        <source>Scanned: %1 is both a card number and an item barcode. Type it into the patron field (F2) or the item field (F3).</source>
        <translation>已掃描：%1 既是證號又是資料條碼。請輸入到讀者欄 (F2) 或資料欄 (F3)。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="388" />
        <source>Scanned: %1 is neither a known card nor a known item.</source>
        <translation>已掃描：%1 既不是已知的讀者證，也不是已知的資料。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="395" />
        <source>This card is not known.</source>
        <translation>無法識別此卡。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="417" />
        <source>Find the patron first (F2).</source>
        <translation>請先查找讀者 (F2)。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="451" />
        <source>(Ctrl+O to override)</source>
        <translation>（按 Ctrl+O 強制通過）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="242" />
        <source>to the holds shelf</source>
        <translation>放到預約架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="242" />
        <source>to send on</source>
        <translation>需轉送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="243" />
        <source>to the desk</source>
        <translation>交服務枱</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="243" />
        <source>to the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="454" />
        <source>Returned, %1</source>
        <translation>已歸還，%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="459" />
        <source>fee %1</source>
        <translation>費用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="461" />
        <source>Due %1</source>
        <translation>應還 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="463" />
        <source>(overridden)</source>
        <translation>（已強制通過）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="465" />
        <source>(recorded offline)</source>
        <translation>（離線記錄）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="228" />
        <source>Check out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="228" />
        <source>Check in</source>
        <translation>歸還</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="228" />
        <source>Renew</source>
        <translation>續借</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="486" />
        <source>There is no refusal here that can be overridden.</source>
        <translation>這裏沒有可強制通過的拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="489" />
        <source>Override</source>
        <translation>強制通過</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="489" />
        <source>Refused: %1
Why do you override it?</source>
        <translation>被拒絕：%1
為什麼要強制通過？</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="533" />
        <location filename="../../ui/staff/words.py" line="230" />
        <source>Cash payment</source>
        <translation>現金繳費</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="541" />
        <source>Waive fees</source>
        <translation>減免費用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="541" />
        <source>Waive %1 for %2?</source>
        <translation>為 %2 減免 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="548" />
        <source>Fees waived</source>
        <translation>費用已減免</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="558" />
        <source>Nothing to print yet: record a payment first.</source>
        <translation>暫無可打印內容：請先記錄繳費。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="562" />
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="564" />
        <source>Receipt printed.</source>
        <translation>憑條已打印。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="75" />
        <source>Show resolved too</source>
        <translation>顯示已處理</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="77" />
        <source>Patrons</source>
        <translation>讀者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="78" />
        <source>Note</source>
        <translation>處理說明</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="79" />
        <source>How was it resolved? (Enter)</source>
        <translation>如何處理的？（回車）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="80" />
        <source>Resolve (Ctrl+Enter)</source>
        <translation>處理完成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="97" />
        <source>open</source>
        <translation>待處理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="97" />
        <source>resolved</source>
        <translation>已處理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="99" />
        <source>%1 open</source>
        <translation>%1 件待處理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="111" />
        <source>Resolved by %1: %2</source>
        <translation>%1 已處理：%2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="119" />
        <source>Choose an open case first.</source>
        <translation>請先選擇一件待處理事件。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="122" />
        <source>Write how the case was resolved.</source>
        <translation>請寫明處理方式。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="130" />
        <source>Case resolved.</source>
        <translation>事件已處理。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="62" />
        <source>Print slip (Ctrl+P)</source>
        <translation>打印單據 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="57" />
        <source>Call number</source>
        <translation>索書號</translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="185" />
        <source>Patron</source>
        <translation>讀者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="55" />
        <source>Placed</source>
        <translation>預約日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="55" />
        <source>Hold until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="56" />
        <source>Ended</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="57" />
        <source>Shelf</source>
        <translation>書架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="58" />
        <source>Reader</source>
        <translation>讀者</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63" />
        <source>To pull</source>
        <translation>待提取</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63" />
        <source>Waiting for pickup</source>
        <translation>待取書</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63" />
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="74" />
        <source>%1 to pull, %2 waiting, %3 expired</source>
        <translation>待提取 %1，待取書 %2，已過期 %3</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="101" />
        <source>Pull for a hold</source>
        <translation>預約提書</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="101" />
        <source>Hold for pickup</source>
        <translation>預約待取</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="102" />
        <source>Hold expired: return to shelf</source>
        <translation>預約過期：請歸架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="104" />
        <source>Reader: %1</source>
        <translation>讀者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="105" />
        <source>Pick up at: %1</source>
        <translation>取書地點：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="107" />
        <source>Call number: %1</source>
        <translation>索書號：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="109" />
        <source>Hold until: %1</source>
        <translation>保留至：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="114" />
        <source>Slip printed for %1.</source>
        <translation>已為《%1》打印單據。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="48" />
        <source>This desk</source>
        <translation>本服務枱</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50" />
        <source>Sync now (Ctrl+S)</source>
        <translation>立即同步 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <location filename="../../ui/staff/tags.py" line="72" />
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51" />
        <source>Answer</source>
        <translation>中心答覆</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49" />
        <source>Terminals and desks the centre knows</source>
        <translation>中心登記的終端和服務枱</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="52" />
        <source>Online</source>
        <translation>在線</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="52" />
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="52" />
        <source>Machine</source>
        <translation>機器</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="53" />
        <source>Outbox</source>
        <translation>待發送</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="53" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="53" />
        <source>Devices</source>
        <translation>設備</translation>
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
        <translation>在線</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="77" />
        <source>offline</source>
        <translation>離線</translation>
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
        <translation>時鐘錯誤</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="79" />
        <source>Sync: %1 · last full sync %2 · outbox %3 · rejected %4 · conflicts %5</source>
        <translation>同步：%1 · 最近完整同步 %2 · 待發送 %3 · 被拒 %4 · 衝突 %5</translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="81" />
        <source>never</source>
        <translation>從未</translation>
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
        <translation>從未上線</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="81" />
        <source>Confirm (Ctrl+Enter)</source>
        <translation>確認 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="82" />
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="91" />
        <source>Reason (written to the audit log)</source>
        <translation>原因（將寫入審計日誌）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="74" />
        <source>Today, per hour</source>
        <translation>今日每小時</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="77" />
        <source>This month, per day</source>
        <translation>本月每日</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="80" />
        <source>Refusals today by reason</source>
        <translation>今日拒絕原因</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="83" />
        <source>Terminal use and desk use today</source>
        <translation>今日自助終端與服務枱使用</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="84" />
        <source>Terminals</source>
        <translation>自助終端</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="85" />
        <location filename="../../ui/staff/window.py" line="222" />
        <source>Desk</source>
        <translation>服務枱</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="88" />
        <source>%1 (%5): %2 loans, %3 returns, %4 refusals</source>
        <translation>%1（%5）：借出 %2 冊，歸還 %3 冊，拒絕 %4 次</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="115" />
        <source>Checkouts</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="116" />
        <source>Returns</source>
        <translation>歸還</translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="150" />
        <source>(nothing yet today)</source>
        <translation>（今日暫無）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="70" />
        <source>Tags on the pad</source>
        <translation>讀寫板上的標籤</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>Item id</source>
        <translation>圖書條碼</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>Owner library</source>
        <translation>所屬館</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71" />
        <source>Part</source>
        <translation>分冊</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73" />
        <source>Item id:</source>
        <translation>圖書條碼：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73" />
        <source>Owner library (ISIL):</source>
        <translation>所屬館 (ISIL)：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73" />
        <source>Part:</source>
        <translation>分冊：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="76" />
        <source>of</source>
        <translation>共</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="77" />
        <source>Scan the item's barcode</source>
        <translation>掃描圖書條碼</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="78" />
        <source>Write and verify (Ctrl+Enter)</source>
        <translation>寫入並校驗 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="90" />
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="90" />
        <source>unreadable: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="91" />
        <source>programmed (%1)</source>
        <translation>已寫入 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="124" />
        <source>Not in the catalogue: check the barcode.</source>
        <translation>館藏中沒有此條碼，請核對。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="127" />
        <source>Known item, %1 part(s)</source>
        <translation>館藏圖書，共 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="133" />
        <source>Put one tag on the pad and choose it.</source>
        <translation>請在讀寫板上放一枚標籤並選中。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="135" />
        <source>Writing…</source>
        <translation>正在寫入…</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="142" />
        <source>Written and read back: %1, %2, part %3 of %4</source>
        <translation>已寫入並讀回校驗：%1，%2，第 %3 件/共 %4 件</translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="146" />
        <source>Tag programmed.</source>
        <translation>標籤已寫入。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="101" />
        <source>Circulation desk: sign in</source>
        <translation>流通服務枱：登入</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="102" />
        <source>User name:</source>
        <translation>用戶名：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="103" />
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="104" />
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="124" />
        <source>%1 tries left.</source>
        <translation>還可嘗試 %1 次。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="126" />
        <source>Try again in %1 minutes.</source>
        <translation>請 %1 分鐘後再試。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="215" />
        <source>Circulation desk</source>
        <translation>流通服務枱</translation>
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
        <translation>預約架</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="222" />
        <source>Exceptions</source>
        <translation>異常事件</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="224" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="224" />
        <source>Machines</source>
        <translation>設備</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="224" />
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="329" />
        <source>OFFLINE</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="331" />
        <source>Centre: %1 · outbox %2</source>
        <translation>中心：%1 · 待發送 %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="339" />
        <source>A reader needs help at %1.</source>
        <translation>%1 有讀者需要幫助。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="111" />
        <source>Help! A reader needs staff at %1 (called at %2)</source>
        <translation>求助：%1 有讀者需要工作人員（%2 呼叫）</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="115" />
        <source>I'm going (Ctrl+K)</source>
        <translation>我去處理 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="115" />
        <source>I'm going</source>
        <translation>我去處理</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="117" />
        <source>I'm going to %1</source>
        <translation>我去 %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff/alerts.py" line="134" />
        <source>The terminal now shows that staff are coming.</source>
        <translation>自助機上已顯示“工作人員馬上就到”。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>a terminal</source>
        <translation>一台終端</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>%1 paid %2 on the phone at %3, after leaving %4. The payment is recorded; the terminal offers its receipt at the next log-in.</source>
        <translation>%1 離開%4後，於 %3 用手機支付了 %2。付款已入賬，讀者下次登錄時終端會提供收據。</translation>
    </message>
    <message>
        <location filename="../../ui/staff/words.py" line="200" />
        <source>Nothing to do unless the reader asks: the fees are settled.</source>
        <translation>費用已結清；讀者沒有問起就無需處理。</translation>
    </message>
</context>
</TS>