<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Errors</name>
    <message>
        <source>This merge cannot be undone: “{label}” was captured or changed since in what it brought, and undoing the merge would lose it. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن هذا الدمج: «{label}» سُجّل أو عُدّل منذئذ فيما جاء به، والتراجع عن الدمج يُضيّعه. لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>links of recommendations to interventions</source>
        <translation>روابط التوصيات بالمداخلات</translation>
    </message>
    <message>
        <source>lead institutions of processes</source>
        <translation>المؤسسات الرائدة للمسارات</translation>
    </message>
    <message>
        <source>lead institutions of commitments</source>
        <translation>المؤسسات الرائدة للالتزامات</translation>
    </message>
    <message>
        <source>supporting institutions of commitments</source>
        <translation>المؤسسات الداعمة للالتزامات</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>This meeting: %1</source>
        <translation>هذا الاجتماع: %1</translation>
    </message>
    <message>
        <source>Its whole process: %1</source>
        <translation>مساره كاملًا: %1</translation>
    </message>
    <message>
        <source>Writing the exchange file…</source>
        <translation>جارٍ كتابة ملف التبادل…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
</context>
</TS>
