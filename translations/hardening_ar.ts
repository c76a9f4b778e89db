<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Cli</name>
    <message>
        <source>invisible characters removed: {controls} control characters, {bidi} direction overrides</source>
        <translation>حُذفت محارف غير مرئية: {controls} من محارف التحكّم، {bidi} من محارف فرض الاتجاه</translation>
    </message>
    <message>
        <source>in rows {rows}</source>
        <translation>في الأسطر {rows}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{path}” mixes two encodings: line {utf8_line} is UTF-8 but line {line} is not. Save the whole file as UTF-8 and try again.</source>
        <translation>«{path}» يخلط ترميزين: السطر {utf8_line} بترميز UTF-8 أمّا السطر {line} فلا. احفظ الملف كلّه بترميز UTF-8 وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The column “{header}” appears twice in “{path}” (columns {first} and {second}): rename or remove one of them, so that no value is taken from the wrong one.</source>
        <translation>العمود «{header}» مكرّر في «{path}» (العمودان {first} و{second}): غيّر اسم أحدهما أو احذفه حتّى لا تؤخذ قيمة من العمود الخطأ.</translation>
    </message>
    <message>
        <source>The header “{header}” of “{path}” holds several columns run together, separated by “{separator}”. Save the list as CSV separated by commas or semicolons, or as .xlsx.</source>
        <translation>العنوان «{header}» في «{path}» يضمّ عدّة أعمدة ملتصقة يفصل بينها «{separator}». احفظ القائمة بصيغة CSV مفصولة بفواصل أو بفواصل منقوطة، أو بصيغة ‎.xlsx.</translation>
    </message>
    <message>
        <source>The header of “{path}” cannot be read: a quotation mark on line {line} is not closed.</source>
        <translation>تعذّرت قراءة سطر العناوين في «{path}»: علامة تنصيص في السطر {line} غير مغلقة.</translation>
    </message>
    <message>
        <source>a quotation mark is not closed: lines {first} to {last} were read as one row, none imported</source>
        <translation>علامة تنصيص غير مغلقة: قُرئت الأسطر من {first} إلى {last} سطرًا واحدًا، ولم يُستورد منها شيء</translation>
    </message>
    <message>
        <source>quotation marks misplaced ({reason})</source>
        <translation>علامات تنصيص في غير موضعها ({reason})</translation>
    </message>
    <message>
        <source>{count} values but the header has {width} columns: a value would be misplaced</source>
        <translation>{count} قيم بينما في سطر العناوين {width} أعمدة: ستوضع قيمة في غير مكانها</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: it is a device, a pipe or a folder, not a file.</source>
        <translation>تعذّرت كتابة «{path}»: إنّه جهاز أو أنبوب أو مجلّد وليس ملفًّا.</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {folder} is a system folder, not a place for documents.</source>
        <translation>تعذّرت كتابة «{path}»: {folder} مجلّد للنظام وليس مكانًا للوثائق.</translation>
    </message>
</context>
</TS>
