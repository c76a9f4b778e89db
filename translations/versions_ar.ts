<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Problem addressed</source>
        <translation>المشكل المطروح</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Versions missing</source>
        <translation>الصيغ الناقصة</translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation>ال&amp;ترجمات…</translation>
    </message>
    <message>
        <source>The title of the commitment, or the milestone's deliverable, in each language</source>
        <translation>عنوان الالتزام أو مُخرَج المرحلة بكل لغة</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>المُخرَج</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Translations of “%1”</source>
        <translation>ترجمات «%1»</translation>
    </message>
    <message>
        <source>Translate a commitment</source>
        <translation>ترجمة التزام</translation>
    </message>
</context>
<context>
    <name>ProgressReviewPanel</name>
    <message>
        <source>&amp;Translations…</source>
        <translation>ال&amp;ترجمات…</translation>
    </message>
    <message>
        <source>The challenges, next steps and evidence of this row in Arabic, French and English</source>
        <translation>تحديات هذا السطر وخطواته القادمة وإثباتاته بالعربية والفرنسية والإنجليزية</translation>
    </message>
    <message>
        <source>Translate the texts of commitment %1</source>
        <translation>ترجمة نصوص الالتزام %1</translation>
    </message>
    <message>
        <source>Versions of the texts of %1</source>
        <translation>صيغ نصوص %1</translation>
    </message>
</context>
<context>
    <name>Versions</name>
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
    <message>
        <source>(original)</source>
        <translation>(النص الأصلي)</translation>
    </message>
    <message>
        <source>No {language} version yet: type it here to add it.</source>
        <translation>لا توجد بعد صيغة باللغة {language}: اكتبها هنا لإضافتها.</translation>
    </message>
    <message>
        <source>The original changed: this version is dropped unless you change it too.</source>
        <translation>تغيّر النص الأصلي: ستُحذف هذه الصيغة ما لم تعدّلها أيضًا.</translation>
    </message>
    <message>
        <source>No version yet in: {languages}</source>
        <translation>لا توجد بعد صيغة باللغات: {languages}</translation>
    </message>
    <message>
        <source>Written in:</source>
        <translation>لغة النص:</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Translations…</source>
        <translation>ال&amp;ترجمات…</translation>
    </message>
    <message>
        <source>Translations of “%1”</source>
        <translation>ترجمات «%1»</translation>
    </message>
    <message>
        <source>Translate “%1”</source>
        <translation>ترجمة «%1»</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{name}” has no versions in other languages.</source>
        <translation>«{name}» ليست له صيغ بلغات أخرى.</translation>
    </message>
</context>
</TS>
