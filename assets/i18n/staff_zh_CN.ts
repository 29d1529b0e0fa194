<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/staff/common.py" line="87"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="88"/>
        <source>Too many wrong passwords: this user is locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="89"/>
        <source>The centre does not answer. Nothing was recorded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="90"/>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="91"/>
        <location filename="../../ui/staff/common.py" line="92"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="93"/>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="94"/>
        <source>This refusal cannot be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="95"/>
        <source>The tag was not written correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="96"/>
        <source>No RFID pad is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="97"/>
        <source>No receipt printer is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="98"/>
        <source>Someone has already resolved this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/common.py" line="100"/>
        <source>Refused by the centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="157"/>
        <source>Patron (F2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="158"/>
        <source>Card number, card tap, scan or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="159"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="160"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="160"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="160"/>
        <location filename="../../ui/staff/desk.py" line="163"/>
        <location filename="../../ui/staff/exceptions.py" line="72"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="161"/>
        <location filename="../../ui/staff/desk.py" line="176"/>
        <location filename="../../ui/staff/holds.py" line="44"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="161"/>
        <location filename="../../ui/staff/desk.py" line="163"/>
        <location filename="../../ui/staff/desk.py" line="176"/>
        <location filename="../../ui/staff/holds.py" line="44"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="161"/>
        <location filename="../../ui/staff/desk.py" line="177"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="161"/>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="162"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="163"/>
        <location filename="../../ui/staff/holds.py" line="45"/>
        <location filename="../../ui/staff/holds.py" line="76"/>
        <source>Pick up at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="163"/>
        <location filename="../../ui/staff/holds.py" line="45"/>
        <location filename="../../ui/staff/holds.py" line="77"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="164"/>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="164"/>
        <location filename="../../ui/staff/exceptions.py" line="72"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="164"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="164"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="165"/>
        <source>Renew selected (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="166"/>
        <source>Renew all (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="167"/>
        <source>Record cash (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="168"/>
        <source>Waive… (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="169"/>
        <source>Print receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="170"/>
        <source>Scan items to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="172"/>
        <source>Check out (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="172"/>
        <source>Check in (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="172"/>
        <source>Renew (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="174"/>
        <source>Scan or type an item barcode, or put items on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="176"/>
        <location filename="../../ui/staff/machines.py" line="49"/>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="176"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="178"/>
        <source>Override the refusal… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="179"/>
        <location filename="../../ui/staff/stats.py" line="112"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="179"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="179"/>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="218"/>
        <source>No patron matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="259"/>
        <source>No patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="260"/>
        <source>Tap a card on the reader, scan a card or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="267"/>
        <source> (from this desk&apos;s copy, not fresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="269"/>
        <source>%1 card · %2 · expires %3 · %4 loans, %5 holds, fees %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="275"/>
        <source>Card status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="279"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="288"/>
        <source>Only a supervisor may waive fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="301"/>
        <source>This card is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="318"/>
        <source>Find the patron first (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="346"/>
        <source>(Ctrl+O to override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="349"/>
        <source>to the holds shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="349"/>
        <source>to send on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="350"/>
        <source>to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="350"/>
        <source>to the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="351"/>
        <source>Returned, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="355"/>
        <source>fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="357"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="359"/>
        <source>(overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="361"/>
        <source>(recorded offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="367"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="367"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="367"/>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="383"/>
        <source>There is no refusal here that can be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="386"/>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="386"/>
        <source>Refused: %1
Why do you override it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="432"/>
        <source>Cash payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="440"/>
        <source>Waive fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="440"/>
        <source>Waive %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="449"/>
        <source>Fees waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="459"/>
        <source>Nothing to print yet: record a payment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="463"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/desk.py" line="465"/>
        <source>Receipt printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="70"/>
        <source>Show resolved too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="71"/>
        <location filename="../../ui/staff/holds.py" line="42"/>
        <location filename="../../ui/staff/stats.py" line="56"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="72"/>
        <location filename="../../ui/staff/machines.py" line="49"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="72"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="72"/>
        <source>Patrons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="73"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="74"/>
        <source>How was it resolved? (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="75"/>
        <source>Resolve (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="92"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="92"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="94"/>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="104"/>
        <source>Resolved by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="113"/>
        <source>Choose an open case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="116"/>
        <source>Write how the case was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/exceptions.py" line="124"/>
        <source>Case resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="43"/>
        <source>Print slip (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="44"/>
        <location filename="../../ui/staff/holds.py" line="77"/>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="44"/>
        <location filename="../../ui/staff/holds.py" line="76"/>
        <source>Patron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="46"/>
        <source>To pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="46"/>
        <source>Waiting for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="46"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="63"/>
        <source>%1 to pull, %2 waiting, %3 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="74"/>
        <source>Pull for a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="74"/>
        <source>Hold for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="75"/>
        <source>Hold expired: return to shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/holds.py" line="82"/>
        <source>Slip printed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="46"/>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="47"/>
        <source>Terminals the centre knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="48"/>
        <source>Sync now (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49"/>
        <location filename="../../ui/staff/tags.py" line="72"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="49"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50"/>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="50"/>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="51"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="60"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="75"/>
        <location filename="../../ui/staff/window.py" line="296"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="75"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="75"/>
        <location filename="../../ui/staff/window.py" line="296"/>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="76"/>
        <location filename="../../ui/staff/window.py" line="297"/>
        <source>clock wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="77"/>
        <source>Sync: %1 · last full sync %2 · outbox %3 · rejected %4 · conflicts %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="79"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="92"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="92"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/machines.py" line="92"/>
        <source>never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="22"/>
        <source>Reason (written to the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="25"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/reason.py" line="26"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="70"/>
        <source>Today, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="73"/>
        <source>This month, per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="76"/>
        <source>Refusals today by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="80"/>
        <source>Terminal use and desk use today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="81"/>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="82"/>
        <location filename="../../ui/staff/window.py" line="209"/>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="85"/>
        <source>%1: %2 loans, %3 returns, %4 refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="112"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/stats.py" line="142"/>
        <source>(nothing yet today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="70"/>
        <source>Tags on the pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71"/>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71"/>
        <source>Item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71"/>
        <source>Owner library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="71"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73"/>
        <source>Item id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73"/>
        <source>Owner library (ISIL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="73"/>
        <source>Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="76"/>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="77"/>
        <source>Scan the item&apos;s barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="78"/>
        <source>Write and verify (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="90"/>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="90"/>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="91"/>
        <source>programmed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="124"/>
        <source>Not in the catalogue: check the barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="127"/>
        <source>Known item, %1 part(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="133"/>
        <source>Put one tag on the pad and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="135"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="142"/>
        <source>Written and read back: %1, %2, part %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/tags.py" line="146"/>
        <source>Tag programmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="98"/>
        <source>Circulation desk: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="99"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="100"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="101"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="121"/>
        <source>%1 tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="123"/>
        <source>Try again in %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="202"/>
        <source>Circulation desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="204"/>
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="206"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="209"/>
        <source>Holds shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="209"/>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="211"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="211"/>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="211"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="296"/>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/window.py" line="298"/>
        <source>Centre: %1 · outbox %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
