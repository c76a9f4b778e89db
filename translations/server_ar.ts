<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Errors</name>
    <message>
        <source>The PostgreSQL driver is not installed: install ogpdesk with its server support (pip install "ogpdesk[postgresql]") to use “{server}”.</source>
        <translation>مشغّل PostgreSQL غير مثبّت: ثبّت ogpdesk مع دعم الخوادم (pip install "ogpdesk[postgresql]") لاستعمال “{server}”.</translation>
    </message>
    <message>
        <source>The server “{server}” refused the user name or password. Nothing was changed.</source>
        <translation>رفض الخادم “{server}” اسم المستخدم أو كلمة المرور. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The server “{server}” cannot be reached (it is stopped, or the address or port is wrong). Nothing was changed.</source>
        <translation>تعذّر الوصول إلى الخادم “{server}” (متوقّف، أو العنوان أو المنفذ خاطئ). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The server “{server}” does not offer an encrypted (TLS) connection, which a server on the network must. Ask its administrator to turn TLS on. Nothing was sent.</source>
        <translation>لا يوفّر الخادم “{server}” اتصالًا مشفّرًا (TLS)، وهو إلزامي لخادم على الشبكة. اطلب من مسؤوله تفعيل TLS. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>The server has no database “{database}”. Ask its administrator to create it, then run “ogpdesk server init”.</source>
        <translation>لا توجد على الخادم قاعدة بيانات “{database}”. اطلب من مسؤوله إنشاءها ثم شغّل “ogpdesk server init”.</translation>
    </message>
    <message>
        <source>The server “{server}” could not be used: {detail}. Nothing was changed.</source>
        <translation>تعذّر استعمال الخادم “{server}”: {detail}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The target “{target}” already holds records ({count} in “{table}”): a copy goes only into an empty store. Nothing was copied.</source>
        <translation>الوجهة “{target}” تحتوي على سجلات ({count} في “{table}”): لا يتمّ النسخ إلا نحو قاعدة فارغة. لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The copy of table “{table}” does not match its source ({detail}); it was rolled back and “{target}” was left as it was.</source>
        <translation>نسخة الجدول “{table}” لا تطابق مصدرها ({detail})؛ أُلغيت وبقيت “{target}” كما كانت.</translation>
    </message>
    <message>
        <source>The source and the target are the same store.</source>
        <translation>المصدر والوجهة قاعدة واحدة.</translation>
    </message>
    <message>
        <source>{who} changed this at {when}, after it was shown here. Your change was not saved; look at theirs first.</source>
        <translation>عدّل {who} هذا في {when} بعد عرضه هنا. لم يُحفظ تعديلك؛ اطّلع على تعديله أولًا.</translation>
    </message>
    <message>
        <source>This was changed elsewhere at {when}, after it was shown here. Your change was not saved; look at that change first.</source>
        <translation>عُدّل هذا في مكان آخر في {when} بعد عرضه هنا. لم يُحفظ تعديلك؛ اطّلع على ذلك التعديل أولًا.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{url}: ogpdesk schema {revision} ready</source>
        <translation>{url}: مخطّط ogpdesk {revision} جاهز</translation>
    </message>
    <message>
        <source>Copied {rows} records of {tables} tables to {target}.</source>
        <translation>نُسخ {rows} سجلًّا من {tables} جدولًا إلى {target}.</translation>
    </message>
    <message>
        <source>set up a shared PostgreSQL server</source>
        <translation>إعداد خادم PostgreSQL مشترك</translation>
    </message>
    <message>
        <source>init: create or upgrade the schema of --db</source>
        <translation>init: إنشاء مخطّط ‎--db أو تحديثه</translation>
    </message>
    <message>
        <source>copy a whole store into an empty one (SQLite and PostgreSQL, either way)</source>
        <translation>نسخ قاعدة كاملة إلى قاعدة فارغة (SQLite وPostgreSQL، في الاتجاهين)</translation>
    </message>
    <message>
        <source>write who created and changed each row of a meeting (CSV)</source>
        <translation>كتابة من أنشأ كلّ سطر من الاجتماع ومن عدّله (CSV)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Last changed by %1, %2</source>
        <translation>آخر تعديل من %1، %2</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <source>e.g. server.mairie.local</source>
        <translation>مثلًا server.mairie.local</translation>
    </message>
    <message>
        <source>Remember the password in this computer's keychain</source>
        <translation>حفظ كلمة المرور في سلسلة مفاتيح هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>A server on the network must offer an encrypted (TLS) connection; one on this computer need not.</source>
        <translation>يجب أن يوفّر الخادم على الشبكة اتصالًا مشفّرًا (TLS)؛ ولا يُشترط ذلك لخادم على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>حدّد الخادم وقاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>الاتصال ب&amp;خادم…</translation>
    </message>
</context>
</TS>
