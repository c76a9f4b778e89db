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
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Name, Enter; empty Enter to go back (Ctrl+H)</source>
        <translation>الاسم ثم Enter؛ Enter فارغ للرجوع (Ctrl+H)</translation>
    </message>
</context>
</TS>
