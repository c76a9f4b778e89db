<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ogpdesk</source>
        <translation>حول ogpdesk</translation>
    </message>
    <message>
        <source>An offline desk for participatory meetings: attendance, interventions, recommendations and decisions captured as they happen; minutes, reports and progress matrices in Arabic, French and English.</source>
        <translation>مكتب للاجتماعات التشاركية يعمل دون اتصال بالإنترنت: تدوين الحضور والمداخلات والتوصيات والقرارات لحظة حدوثها، وإعداد المحاضر والتقارير ومصفوفات التقدم بالعربية والفرنسية والإنجليزية.</translation>
    </message>
    <message>
        <source>ogpdesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>برنامج ogpdesk حرّ: يمكنك إعادة توزيعه و/أو تعديله وفق شروط رخصة جنو العمومية العامة، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق. يُوزَّع دون أي ضمان على الإطلاق.</translation>
    </message>
    <message>
        <source>Qt {qt} · Python {python}</source>
        <translation>Qt {qt} · Python {python}</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>إشعارات الأطراف الثالثة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About ogpdesk</source>
        <translation>&amp;حول ogpdesk</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot replace “{path}”: another program has it open. Close it there and export again.</source>
        <translation>تعذّر استبدال «{path}»: برنامج آخر يفتحه. أغلقه هناك ثم أعد التصدير.</translation>
    </message>
</context>
</TS>
