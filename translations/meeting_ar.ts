<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Errors</name>
    <message>
        <source>same name as {count} people in the directory: add the organisation to say which, or merge them in the directory</source>
        <translation>نفس الاسم لدى {count} أشخاص في الدليل: أضف المؤسسة لتحديد المقصود، أو ادمج السجلات في الدليل</translation>
    </message>
    <message>
        <source>A participant cannot be merged with themself.</source>
        <translation>لا يمكن دمج مشارك مع نفسه.</translation>
    </message>
    <message>
        <source>“{name}” is the name of {count} people: choose one of them from the list.</source>
        <translation>«{name}» اسم {count} أشخاص: اختر أحدهم من القائمة.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Name, Enter; empty Enter to go back (Ctrl+H)</source>
        <translation>الاسم ثم Enter؛ Enter فارغ للرجوع (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Several people have this name: double-click to choose who it was.</source>
        <translation>عدة أشخاص يحملون هذا الاسم: انقر مرتين لاختيار المتدخل.</translation>
    </message>
    <message>
        <source>Speaker of “%1”</source>
        <translation>المتدخل في «%1»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New participant: %1 — Ctrl+Z takes back the line and the person</source>
        <translation>مشارك جديد: %1 — Ctrl+Z يلغي السطر والشخص معًا</translation>
    </message>
    <message>
        <source>“%1” is the name of several people: the line is linked to nobody until you choose, in the Who column of the timeline</source>
        <translation>«%1» اسم عدة أشخاص: السطر غير مرتبط بأحد حتى تختار، في عمود «المتدخل» في الخط الزمني</translation>
    </message>
</context>
</TS>
