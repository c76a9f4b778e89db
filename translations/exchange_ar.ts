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
</TS>
