<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../ui/kiosk/account.py" line="50" />
        <location filename="../../ui/kiosk/account.py" line="74" />
        <source>Fetching your account…</source>
        <translation>Fetching your account…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="64" />
        <location filename="../../ui/kiosk/account.py" line="67" />
        <location filename="../../ui/kiosk/attract.py" line="79" />
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="69" />
        <location filename="../../ui/kiosk/attract.py" line="79" />
        <location filename="../../ui/kiosk/renew.py" line="76" />
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="70" />
        <location filename="../../ui/kiosk/attract.py" line="79" />
        <location filename="../../ui/kiosk/pay.py" line="215" />
        <source>Pay fees</source>
        <translation>Pay fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="77" />
        <source>We are offline: these details may be out of date.</source>
        <translation>We are offline: these details may be out of date.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="80" />
        <source>{n} on loan</source>
        <translation>{n} on loan</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="82" />
        <source>{n} overdue</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="83" />
        <source>{n} holds</source>
        <translation>{n} holds</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="85" />
        <source>fees {amount}</source>
        <translation>fees {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="87" />
        <source>{n} reading points</source>
        <translation>{n} reading points</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="91" />
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="96" />
        <source>Overdue by {n} days (due {date}); fee so far {amount}</source>
        <translation>Overdue by {n} days (due {date}); fee so far {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="100" />
        <location filename="../../ui/kiosk/renew.py" line="106" />
        <source>Due {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="103" />
        <location filename="../../ui/kiosk/renew.py" line="95" />
        <source>No loans.</source>
        <translation>No loans.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="104" />
        <source>Holds</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="110" />
        <source>Ready to collect at {place} until {date}</source>
        <translation>Ready to collect at {place} until {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="113" />
        <source>Waiting for a copy; to collect at {place}</source>
        <translation>Waiting for a copy; to collect at {place}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="117" />
        <source>No holds.</source>
        <translation>No holds.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="119" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="130" />
        <source>Overdue fee</source>
        <translation>Overdue fee</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="130" />
        <source>Damaged tag</source>
        <translation>Damaged tag</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/account.py" line="131" />
        <source>Lost item</source>
        <translation>Lost item</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="76" />
        <location filename="../../ui/kiosk/login.py" line="103" />
        <location filename="../../ui/kiosk/login.py" line="121" />
        <source>Tap your card or scan your e-card QR</source>
        <translation>Tap your card or scan your e-card QR</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78" />
        <location filename="../../ui/kiosk/borrow.py" line="95" />
        <source>Borrow</source>
        <translation>Borrow</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78" />
        <location filename="../../ui/kiosk/returns.py" line="16" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="78" />
        <location filename="../../ui/kiosk/find.py" line="117" />
        <source>Find a book</source>
        <translation>Find a book</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="83" />
        <source>Working offline: borrowing and returning still work; payments wait until we are back online.</source>
        <translation>Working offline: borrowing and returning still work; payments wait until we are back online.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="100" />
        <source>To borrow, tap your card first. To return, press Return.</source>
        <translation>To borrow, tap your card first. To return, press Return.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="55" />
        <source>Borrowed now: {now} · Still allowed: {left}</source>
        <translation>Borrowed now: {now} · Still allowed: {left}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="97" />
        <location filename="../../ui/kiosk/borrow.py" line="104" />
        <source>Place your books on the pad, or scan their barcodes.</source>
        <translation>Place your books on the pad, or scan their barcodes.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="83" />
        <location filename="../../ui/kiosk/borrow.py" line="112" />
        <source>Borrowing…</source>
        <translation>Borrowing…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/borrow.py" line="115" />
        <source>Borrowed. Due {date}</source>
        <translation>Borrowed. Due {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="53" />
        <source>Available here: {n} ({where})</source>
        <translation>Available here: {n} ({where})</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="56" />
        <source>Not on the shelf here; {n} at other branches</source>
        <translation>Not on the shelf here; {n} at other branches</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="59" />
        <source>All copies are out; you can place a hold</source>
        <translation>All copies are out; you can place a hold</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="118" />
        <source>Title, author, pinyin or ISBN</source>
        <translation>Title, author, pinyin or ISBN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="119" />
        <source>Search for a book</source>
        <translation>Search for a book</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="121" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="126" />
        <source>Type a title, an author, pinyin or an ISBN, then press Search.</source>
        <translation>Type a title, an author, pinyin or an ISBN, then press Search.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="154" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="167" />
        <source>{n} results</source>
        <translation>{n} results</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="167" />
        <source>1 result</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/find.py" line="169" />
        <source>Nothing found. Try fewer words or pinyin.</source>
        <translation>Nothing found. Try fewer words or pinyin.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="104" />
        <location filename="../../ui/kiosk/hold.py" line="109" />
        <source>Where would you like to collect it?</source>
        <translation>Where would you like to collect it?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="107" />
        <location filename="../../ui/kiosk/title.py" line="81" />
        <source>Place a hold</source>
        <translation>Place a hold</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="110" />
        <source>It is on the shelf here: you can take it now.</source>
        <translation>It is on the shelf here: you can take it now.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="112" />
        <source>Reserve it anyway</source>
        <translation>Reserve it anyway</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="121" />
        <source>Your hold is placed. We will tell you when it is ready.</source>
        <translation>Your hold is placed. We will tell you when it is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="143" />
        <source>Placing your hold…</source>
        <translation>Placing your hold…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="104" />
        <source>Or type your card number and PIN below.</source>
        <translation>Or type your card number and PIN below.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="100" />
        <location filename="../../ui/kiosk/login.py" line="141" />
        <source>Enter your PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="110" />
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="176" />
        <source>This is a book's barcode. To borrow it, log in with your card first; to return it, press Return.</source>
        <translation>This is a book's barcode. To borrow it, log in with your card first; to return it, press Return.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="179" />
        <source>This code is not recognised. Please scan your reader card or your e-card QR code.</source>
        <translation>This code is not recognised. Please scan your reader card or your e-card QR code.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="109" />
        <location filename="../../ui/kiosk/login.py" line="149" />
        <location filename="../../ui/kiosk/login.py" line="166" />
        <location filename="../../ui/kiosk/login.py" line="194" />
        <source>Checking your card…</source>
        <translation>Checking your card…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/hold.py" line="111" />
        <location filename="../../ui/kiosk/map.py" line="127" />
        <location filename="../../ui/kiosk/title.py" line="80" />
        <source>Find it</source>
        <translation>Find it</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="131" />
        <source>{book}: {place}, shelf mark {call}</source>
        <translation>{book}: {place}, shelf mark {call}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="154" />
        <source>Follow the orange line from the blue dot (you are here).</source>
        <translation>Follow the orange line from the blue dot (you are here).</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="155" />
        <source>Take the stairs or the lift to {floor}.</source>
        <translation>Take the stairs or the lift to {floor}.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/map.py" line="157" />
        <source>Scan the code to take this location with you.</source>
        <translation>Scan the code to take this location with you.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="47" />
        <source>Sorry, this terminal is out of service</source>
        <translation>Sorry, this terminal is out of service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="48" />
        <source>Please go to the service desk on the ground floor; the staff there can lend, return and renew for you.</source>
        <translation>Please go to the service desk on the ground floor; the staff there can lend, return and renew for you.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="50" />
        <source>The book pad is not working.</source>
        <translation>The book pad is not working.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/out_of_service.py" line="51" />
        <source>The library system cannot be reached.</source>
        <translation>The library system cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="123" />
        <source>Item {barcode}</source>
        <extracomment>key -&gt; the act's result, a Refusal before it, or "waiting"</extracomment>
        <translation>Item {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="151" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="164" />
        <source>Barcode {barcode}</source>
        <translation>Barcode {barcode}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="167" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="108" />
        <source>Fetching your fees…</source>
        <translation>Fetching your fees…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="125" />
        <source>Creating your payment…</source>
        <translation>Creating your payment…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="156" />
        <source>Waiting for your payment… {m}:{s:02d} left</source>
        <translation>Waiting for your payment… {m}:{s:02d} left</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="186" />
        <location filename="../../ui/kiosk/window.py" line="235" />
        <source>Paid {amount}</source>
        <translation>Paid {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="187" />
        <location filename="../../ui/kiosk/window.py" line="236" />
        <source>Order {id}</source>
        <translation>Order {id}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="219" />
        <source>Tap the fees to pay, then press Pay. Total: {amount}</source>
        <translation>Tap the fees to pay, then press Pay. Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="221" />
        <source>Scan the code with your phone's payment app to pay {amount}.</source>
        <translation>Scan the code with your phone's payment app to pay {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="223" />
        <source>Paid {amount}. Thank you!</source>
        <translation>Paid {amount}. Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="224" />
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>The payment was cancelled. Nothing was charged.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="225" />
        <source>The payment timed out. Nothing was charged.</source>
        <translation>The payment timed out. Nothing was charged.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="229" />
        <location filename="../../ui/kiosk/window.py" line="509" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="143" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="231" />
        <source>Pay {amount}</source>
        <translation>Pay {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="234" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="242" />
        <source>You have no fees to pay.</source>
        <translation>You have no fees to pay.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pay.py" line="256" />
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="84" />
        <location filename="../../ui/kiosk/receipt.py" line="87" />
        <source>Would you like a receipt?</source>
        <translation>Would you like a receipt?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="90" />
        <source>You borrowed {books}.</source>
        <translation>You borrowed {books}.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="91" />
        <source>You returned {books}.</source>
        <translation>You returned {books}.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="94" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="95" />
        <source>E-receipt (QR)</source>
        <translation>E-receipt (QR)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="96" />
        <source>No receipt</source>
        <translation>No receipt</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="97" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="108" />
        <source>Please take your receipt.</source>
        <translation>Please take your receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="109" />
        <source>Scan the code to keep your receipt on your phone.</source>
        <translation>Scan the code to keep your receipt on your phone.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="110" />
        <source>No receipt. Thank you!</source>
        <translation>No receipt. Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="111" />
        <source>The printer is not working. Scan the code instead.</source>
        <translation>The printer is not working. Scan the code instead.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="124" />
        <source>Borrowed</source>
        <translation>Borrowed</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="124" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="125" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="128" />
        <source>recorded offline</source>
        <translation>recorded offline</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="130" />
        <source>fee {amount}</source>
        <translation>fee {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="135" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="136" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="136" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/receipt.py" line="156" />
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="60" />
        <source>Fetching your loans…</source>
        <translation>Fetching your loans…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="73" />
        <location filename="../../ui/kiosk/renew.py" line="78" />
        <source>Tap the books to renew, or renew them all.</source>
        <translation>Tap the books to renew, or renew them all.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="79" />
        <location filename="../../ui/kiosk/renew.py" line="120" />
        <source>Renew selected ({n})</source>
        <translation>Renew selected ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="80" />
        <source>Renew all</source>
        <translation>Renew all</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="108" />
        <source>Renewed. Now due {date}</source>
        <translation>Renewed. Now due {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="127" />
        <location filename="../../ui/kiosk/renew.py" line="132" />
        <source>Renewing…</source>
        <translation>Renewing…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/renew.py" line="149" />
        <source>{ok} of {n} renewed.</source>
        <translation>{ok} of {n} renewed.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="19" />
        <source>Place the books you are returning on the pad, or scan their barcodes.</source>
        <translation>Place the books you are returning on the pad, or scan their barcodes.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="31" />
        <source>Returned now: {now}</source>
        <translation>Returned now: {now}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="38" />
        <source>Returning…</source>
        <translation>Returning…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="43" />
        <source>Reserved for another reader: put it on the holds shelf.</source>
        <translation>Reserved for another reader: put it on the holds shelf.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="46" />
        <source>Reserved for a reader at {place}: please hand it to staff.</source>
        <translation>Reserved for a reader at {place}: please hand it to staff.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="49" />
        <source>This belongs to {place}: please hand it to staff.</source>
        <translation>This belongs to {place}: please hand it to staff.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="47" />
        <location filename="../../ui/kiosk/returns.py" line="50" />
        <source>another library</source>
        <translation>another library</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="52" />
        <source>Please hand this to staff.</source>
        <translation>Please hand this to staff.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="54" />
        <source>Returned. Put it on the returns trolley.</source>
        <translation>Returned. Put it on the returns trolley.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/returns.py" line="57" />
        <source>Overdue fee: {amount}. You can pay it under Pay fees.</source>
        <translation>Overdue fee: {amount}. You can pay it under Pay fees.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="92" />
        <source>Something went wrong. Please try again or ask at the desk.</source>
        <translation>Something went wrong. Please try again or ask at the desk.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="41" />
        <source>Hello, {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="45" />
        <source>Recorded offline; the library will confirm it later.</source>
        <translation>Recorded offline; the library will confirm it later.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="50" />
        <source>1 book</source>
        <translation>1 book</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/texts.py" line="50" />
        <source>{n} books</source>
        <translation>{n} books</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="48" />
        <location filename="../../ui/kiosk/window.py" line="418" />
        <source>One moment, please…</source>
        <translation>One moment, please…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="79" />
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="89" />
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="91" />
        <source>On loan, due {date}</source>
        <translation>On loan, due {date}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="94" />
        <source>Reserved for another reader</source>
        <translation>Reserved for another reader</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/title.py" line="96" />
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="237" />
        <source>Your payment of {amount} arrived after you left. Here is its receipt.</source>
        <translation>Your payment of {amount} arrived after you left. Here is its receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="454" />
        <location filename="../../ui/widgets/keypad.py" line="69" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="477" />
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="478" />
        <source>You will be logged out in {n} s.</source>
        <translation>You will be logged out in {n} s.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="479" />
        <source>I'm still here</source>
        <translation>I'm still here</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="508" />
        <source>Staff: enter the staff PIN to leave the terminal</source>
        <translation>Staff: enter the staff PIN to leave the terminal</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="526" />
        <source>No staff PIN is configured ([ui] staff_pin).</source>
        <translation>No staff PIN is configured ([ui] staff_pin).</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="533" />
        <source>Wrong staff PIN.</source>
        <translation>Wrong staff PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="81" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="142" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="148" />
        <source>Log out {name}</source>
        <translation>Log out {name}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="138" />
        <source>The network is down, so the call could not be cancelled. Staff may still come to you.</source>
        <extracomment>where a call stands, as the overlay shows it</extracomment>
        <translation>The network is down, so the call could not be cancelled. Staff may still come to you.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="162" />
        <source>Staff called</source>
        <translation>Staff called</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="162" />
        <source>Call kept for now</source>
        <translation>Call kept for now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="163" />
        <source>Staff are coming</source>
        <translation>Staff are coming</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="163" />
        <source>Call cancelled</source>
        <translation>Call cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="165" />
        <source>Calling a member of staff…</source>
        <translation>Calling a member of staff…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="166" />
        <source>The network is down. Your call is kept and goes to staff as soon as it is back. You can also go to the service desk.</source>
        <translation>The network is down. Your call is kept and goes to staff as soon as it is back. You can also go to the service desk.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="168" />
        <source>Staff have been called to this terminal. Please wait here.</source>
        <translation>Staff have been called to this terminal. Please wait here.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="169" />
        <source>A member of staff is on the way to you.</source>
        <translation>A member of staff is on the way to you.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="170" />
        <source>You cancelled the call for staff.</source>
        <translation>You cancelled the call for staff.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="171" />
        <source>This terminal cannot call staff. Please go to the service desk.</source>
        <translation>This terminal cannot call staff. Please go to the service desk.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="173" />
        <location filename="../../ui/widgets/bands.py" line="144" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="175" />
        <source>Cancel the call</source>
        <translation>Cancel the call</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/help.py" line="177" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="145" />
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="66" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/keypad.py" line="68" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="45" />
        <source>Borrow it for {amount}?</source>
        <translation>Borrow it for {amount}?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="46" />
        <source>The library charges {amount} to borrow this item; it is added to your account.</source>
        <translation>The library charges {amount} to borrow this item; it is added to your account.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="49" />
        <source>Yes, borrow it for {amount}</source>
        <translation>Yes, borrow it for {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/fee_dialog.py" line="50" />
        <source>No, don't borrow it</source>
        <translation>No, don't borrow it</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="168" />
        <source>Picture: where to put the books</source>
        <translation>Picture: where to put the books</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pad_screen.py" line="170" />
        <source>A book is laid flat on the pad under the screen. Several books can lie there together.</source>
        <translation>A book is laid flat on the pad under the screen. Several books can lie there together.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/attract.py" line="75" />
        <source>What would you like to do next?</source>
        <translation>What would you like to do next?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="101" />
        <source>Card {card}</source>
        <translation>Card {card}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/login.py" line="106" />
        <source>Log in to reserve “{title}”; your choice is kept.</source>
        <translation>Log in to reserve “{title}”; your choice is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/bands.py" line="146" />
        <location filename="../../ui/widgets/bands.py" line="147" />
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
</TS>