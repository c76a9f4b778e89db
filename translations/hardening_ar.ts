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
    <message>
        <source>An unexpected error stopped ogpdesk (a bug, not something you did): nothing more was changed. The details are in “{path}”: please send that file to whoever supports you.</source>
        <translation>أوقف خطأٌ غير متوقَّع ogpdesk (خلل في البرنامج، لا في ما فعلت): لم يُغيَّر شيء آخر. التفاصيل في «{path}»: أرسل هذا الملف إلى من يتولّى دعمك.</translation>
    </message>
    <message>
        <source>An unexpected error stopped ogpdesk (a bug, not something you did): nothing more was changed. Its details could not be saved: {reason}</source>
        <translation>أوقف خطأٌ غير متوقَّع ogpdesk (خلل في البرنامج، لا في ما فعلت): لم يُغيَّر شيء آخر. تعذّر حفظ تفاصيله: {reason}</translation>
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
    <message>
        <source>The database is being changed by another ogpdesk window or program, for longer than {seconds} seconds: nothing was saved. Try again when it has finished.</source>
        <translation>قاعدة البيانات قيد التعديل من نافذة أخرى لـ ogpdesk أو من برنامج آخر منذ أكثر من {seconds} ثانية: لم يُحفظ شيء. أعد المحاولة بعد انتهائه.</translation>
    </message>
    <message>
        <source>“{path}” is open read-only (the file, its folder or its disk cannot be written): nothing can be changed. Copy it to a writable folder to work on it.</source>
        <translation>«{path}» مفتوح للقراءة فقط (لا يمكن الكتابة في الملف أو في مجلّده أو في قرصه): لا يمكن تغيير شيء. انسخه إلى مجلّد قابل للكتابة للعمل عليه.</translation>
    </message>
    <message>
        <source>“{path}” was written by an older version of ogpdesk and must be upgraded, but it is read-only (file, folder or disk). Copy it to a writable folder and open the copy.</source>
        <translation>«{path}» كُتب بإصدار أقدم من ogpdesk ويجب تحديثه، لكنّه للقراءة فقط (الملف أو المجلّد أو القرص). انسخه إلى مجلّد قابل للكتابة وافتح النسخة.</translation>
    </message>
    <message>
        <source>The disk holding “{path}” is full: the database cannot be opened. It was left untouched; free some space and try again.</source>
        <translation>القرص الذي يحوي «{path}» ممتلئ: تعذّر فتح قاعدة البيانات. تُركت على حالها؛ حرّر بعض المساحة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>“{path}” must be upgraded, but the disk has no room for the copy taken first ({needed} MB needed, {free} MB free). Free some space and try again; nothing was changed.</source>
        <translation>يجب تحديث «{path}»، لكن لا مكان في القرص للنسخة التي تؤخذ قبل ذلك ({needed} م.ب مطلوبة، {free} م.ب متاحة). حرّر بعض المساحة وأعد المحاولة؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>“{url}” is not a database ogpdesk can use: give a file name, or a URL beginning with sqlite:/// or postgresql://.</source>
        <translation>«{url}» ليست قاعدة بيانات يستطيع ogpdesk استعمالها: أعطِ اسم ملف، أو عنوانًا يبدأ بـ sqlite:///‏ أو postgresql://‏.</translation>
    </message>
    <message>
        <source>The database “{url}” needs a driver that is not installed ({driver}). Install it, or use a database file.</source>
        <translation>قاعدة البيانات «{url}» تحتاج إلى مشغّل غير مثبّت ({driver}). ثبّته، أو استعمل ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The database “{url}” cannot be reached: {detail}</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات «{url}»: {detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
</context>
</TS>
