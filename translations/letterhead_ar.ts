<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not a time: type it as HH:MM, e.g. 09:30.</source>
        <translation>«{text}» ليس توقيتًا: اكتبه بالشكل HH:MM، مثلًا 09:30.</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>لا يمكن أن تنتهي الجلسة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>A logo belongs to an institution: name the municipality first.</source>
        <translation>الشعار خاص بمؤسسة: اذكر البلدية أولًا.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>حذف الشعار</translation>
    </message>
    <message>
        <source>The minutes print no logo; the institution keeps none for later meetings</source>
        <translation>لا يُطبع أي شعار في المحضر، ولا تحتفظ المؤسسة بشعار للاجتماعات اللاحقة</translation>
    </message>
    <message>
        <source>Give a name in several languages separated by “|”.</source>
        <translation>اكتب الاسم بعدة لغات مع الفصل بينها بالعلامة «|».</translation>
    </message>
    <message>
        <source>(the current logo)</source>
        <translation>(الشعار الحالي)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Letterhead and signatories</source>
        <translation>الترويسة والموقّعون</translation>
    </message>
    <message>
        <source>Ministry or governorate</source>
        <translation>الوزارة أو الولاية</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;Republic:</source>
        <translation>ال&amp;جمهورية:</translation>
    </message>
    <message>
        <source>&amp;Ministry or governorate:</source>
        <translation>ال&amp;وزارة أو الولاية:</translation>
    </message>
    <message>
        <source>M&amp;unicipality:</source>
        <translation>ال&amp;بلدية:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>ال&amp;شعار:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>ر&amp;ئيس الجلسة:</translation>
    </message>
    <message>
        <source>Chair's &amp;title:</source>
        <translation>&amp;صفة رئيس الجلسة:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;كاتب الجلسة:</translation>
    </message>
    <message>
        <source>Secretary's t&amp;itle:</source>
        <translation>صفة &amp;كاتب الجلسة:</translation>
    </message>
    <message>
        <source>St&amp;arts at:</source>
        <translation>&amp;تبدأ على الساعة:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;تنتهي على الساعة:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Letterhead and signatories…</source>
        <translation>ال&amp;ترويسة والموقّعون…</translation>
    </message>
</context>
</TS>
