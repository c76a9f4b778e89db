<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Errors</name>
    <message>
        <source>An unexpected error occurred (a bug, not something you did); what was already recorded is kept. The details are in “{path}”: please send that file to whoever supports you.</source>
        <translation>حدث خطأٌ غير متوقَّع (خلل في البرنامج، لا في ما فعلت)؛ ما سُجّل من قبل محفوظ. التفاصيل في «{path}»: أرسل هذا الملف إلى من يتولّى دعمك.</translation>
    </message>
    <message>
        <source>An unexpected error occurred (a bug, not something you did); what was already recorded is kept. Its details could not be saved: {reason}</source>
        <translation>حدث خطأٌ غير متوقَّع (خلل في البرنامج، لا في ما فعلت)؛ ما سُجّل من قبل محفوظ. تعذّر حفظ تفاصيله: {reason}</translation>
    </message>
</context>
</TS>
