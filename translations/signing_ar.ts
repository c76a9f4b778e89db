<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionPlan</name>
    <message>
        <source>Reviewed with its commitment</source>
        <translation>رُوجع ضمن التزامه</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the day the report describes: actions due before it are overdue (default: the end of --quarter, else the day of the latest meeting reported on)</source>
        <translation>اليوم الذي يصفه التقرير: الإجراءات التي حلّ أجلها قبله متأخرة (افتراضيًا: نهاية --quarter، وإلا يوم آخر اجتماع يشمله التقرير)</translation>
    </message>
    <message>
        <source>expected a time as HH:MM</source>
        <translation>يُنتظر توقيت بصيغة HH:MM</translation>
    </message>
    <message>
        <source>expected a name</source>
        <translation>يُنتظر اسم</translation>
    </message>
    <message>
        <source>Approved: {title} ({id})</source>
        <translation>تمت المصادقة: {title} ({id})</translation>
    </message>
    <message>
        <source>Reopened: {title} ({id})</source>
        <translation>أعيد فتحه: {title} ({id})</translation>
    </message>
    <message>
        <source>letterhead, from the top: 'Republic &gt; Governorate or ministry &gt; Municipality'</source>
        <translation>الترويسة من الأعلى: 'الجمهورية &gt; الولاية أو الوزارة &gt; البلدية'</translation>
    </message>
    <message>
        <source>image file (PNG or JPEG) of the institution</source>
        <translation>ملف صورة (PNG أو JPEG) لشعار المؤسسة</translation>
    </message>
    <message>
        <source>who chairs and signs: 'Name, Title'</source>
        <translation>من يترأس الجلسة ويمضي: 'الاسم، الصفة'</translation>
    </message>
    <message>
        <source>who writes and signs the minutes: 'Name, Title'</source>
        <translation>من يحرر المحضر ويمضيه: 'الاسم، الصفة'</translation>
    </message>
    <message>
        <source>approve a meeting's minutes (closing it first)</source>
        <translation>المصادقة على محضر اجتماع (بعد غلقه)</translation>
    </message>
    <message>
        <source>reopen an approved meeting</source>
        <translation>إعادة فتح اجتماع مصادق عليه</translation>
    </message>
    <message>
        <source>who reopens it (default: the system user)</source>
        <translation>من يعيد فتحه (افتراضيا: مستخدم النظام)</translation>
    </message>
    <message>
        <source>letterhead, from the top: 'Republic &gt; Governorate or ministry &gt; Municipality'; a level in several languages: 'Commune de Kairouan | بلدية القيروان'</source>
        <translation>الترويسة من الأعلى: 'الجمهورية &gt; الولاية أو الوزارة &gt; البلدية'؛ ويمكن كتابة المستوى بعدة لغات: 'Commune de Kairouan | بلدية القيروان'</translation>
    </message>
    <message>
        <source>the title in this language, if not written in it</source>
        <translation>العنوان بهذه اللغة إن لم يُكتب بها</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{text} [untranslated]</source>
        <translation>{text} [غير مترجم]</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unknown language “{value}”. Known languages: {known}.</source>
        <translation>لغة غير معروفة «{value}». اللغات المعروفة: {known}.</translation>
    </message>
    <message>
        <source>The logo “{path}” is not a PNG or JPEG image that could be read.</source>
        <translation>الشعار «{path}» ليس صورة PNG أو JPEG يمكن قراءتها.</translation>
    </message>
    <message>
        <source>An institution needs a name.</source>
        <translation>يجب أن يكون للمؤسسة اسم.</translation>
    </message>
</context>
<context>
    <name>RecommendationsBoard</name>
    <message>
        <source>Written in</source>
        <translation>لغة النص</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
</context>
</TS>
