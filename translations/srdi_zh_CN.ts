<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rules</name>
    <message>
        <source>needs a text in &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation>需要提供“en”和“zh_CN”文本</translation>
    </message>
</context>
<context>
    <name>srdi::Backup</name>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>Could not back up the database %1: %2</source>
        <translation>无法备份数据库%1：%2</translation>
    </message>
    <message>
        <source>it is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>it cannot be written to the disk.</source>
        <translation>无法写入磁盘。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建%1。</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded and is unchanged: it is backed up before every upgrade, and the backup failed. %2</source>
        <translation>数据库%1未升级，内容未作改动：每次升级前都会先备份，而本次备份失败。%2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is not a valid database (%1).</source>
        <translation>不是有效的数据库（%1）。</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>it was written by a newer version of this program (schema version %1).</source>
        <translation>该文件由本程序的较新版本写入（数据结构版本%1）。</translation>
    </message>
    <message>
        <source>it holds no companies of this program.</source>
        <translation>其中没有本程序的企业数据。</translation>
    </message>
    <message>
        <source>Nothing was restored from %1: %2</source>
        <translation>未从%1恢复任何内容：%2</translation>
    </message>
    <message>
        <source>the current data could not be backed up first. %1</source>
        <translation>无法先备份当前数据。%1</translation>
    </message>
    <message>
        <source>the current file could not be kept first: %1</source>
        <translation>无法先保留当前文件：%1</translation>
    </message>
    <message>
        <source>the database is in use by another program (perhaps another window of this one). Close it and try again.</source>
        <translation>数据库正被其他程序（可能是本程序的另一个窗口）使用。请关闭后重试。</translation>
    </message>
    <message>
        <source>The backup %1 was restored, but the database could not be opened again: %2</source>
        <translation>已恢复备份%1，但无法重新打开数据库：%2</translation>
    </message>
    <message>
        <source>it has no identity to name its backups by.</source>
        <translation>它没有可用于命名备份的标识。</translation>
    </message>
</context>
<context>
    <name>srdi::Catalogs</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是有效的JSON：%1（第%2字节）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是JSON对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为&quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须为列表</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须为对象</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>缺少名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice (first at %2)</source>
        <translation>“%1”重复使用（首次出现于%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a province code (six digits ending in 0000)</source>
        <translation>“%1”不是省级行政区划代码（应为以0000结尾的六位数字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a prefecture-level code (six digits ending in 00, not 0000)</source>
        <translation>“%1”不是地级行政区划代码（应为以00结尾、但不以0000结尾的六位数字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with %2 like its province %3</source>
        <translation>“%1”应与所属省份%3一样以%2开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section code (one capital letter)</source>
        <translation>“%1”不是行业门类代码（应为一个大写字母）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a division code (section letter and two digits, like C34)</source>
        <translation>“%1”不是行业大类代码（应为门类字母加两位数字，如C34）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with its section letter %2</source>
        <translation>“%1”未以所属门类字母%2开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a group code (division and one digit, like K701)</source>
        <translation>“%1”不是行业中类代码（应为大类代码加一位数字，如K701）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with its division %2</source>
        <translation>“%1”未以所属大类代码%2开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a county-level code (six digits not ending in 00)</source>
        <translation>“%1”不是县级行政区划代码（应为不以00结尾的六位数字）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not start with %2 like its parent %3</source>
        <translation>“%1”未像其上级%3一样以%2开头</translation>
    </message>
</context>
<context>
    <name>srdi::Database</name>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>无法打开数据库%1：%2</translation>
    </message>
    <message>
        <source>no file name given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>there is no schema version %1.</source>
        <translation>不存在版本为%1的数据库结构。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>its permissions cannot be restricted to the current user.</source>
        <translation>无法将其访问权限限制为仅当前用户。</translation>
    </message>
    <message>
        <source>it is not a valid database (%1).</source>
        <translation>该文件不是有效的数据库（%1）。</translation>
    </message>
    <message>
        <source>the database is damaged (%1).</source>
        <translation>数据库已损坏（%1）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (schema version %2; this version knows up to %3). It was left unchanged; update the program to open it.</source>
        <translation>数据库%1由本程序的更高版本写入（数据库结构版本%2；本版本最高支持%3）。数据库未作任何改动；请升级本程序后再打开。</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1).</source>
        <translation>无法使用预写式日志（日志模式为%1）。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite library (%1) than this program (%2): install the driver built with the system&apos;s SQLite.</source>
        <translation>Qt 的 SQLite 驱动使用的 SQLite 库（%1）与本程序（%2）不是同一个：请安装基于系统 SQLite 构建的驱动。</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>数据库%1未打开。</translation>
    </message>
    <message>
        <source>The database %1 cannot be brought to schema version %2: this version of the program knows up to %3.</source>
        <translation>无法将数据库%1升级到结构版本%2：本版本程序最高支持%3。</translation>
    </message>
    <message>
        <source>The schema version of the database %1 cannot be read.</source>
        <translation>无法读取数据库%1的结构版本。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this program (schema version %2; this version knows up to %3).</source>
        <translation>数据库%1由本程序的更高版本写入（数据库结构版本%2；本版本最高支持%3）。</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2: %3</source>
        <translation>无法将数据库%1升级到结构版本%2：%3</translation>
    </message>
    <message>
        <source>no migration step is defined.</source>
        <translation>未定义升级步骤。</translation>
    </message>
    <message>
        <source>the file is read-only for you. Make it writable (it should belong to you, with permission to read and write), or open a copy of it.</source>
        <translation>该文件对您是只读的。请将其改为可写（文件应归您所有，并具有读写权限），或打开它的副本。</translation>
    </message>
    <message>
        <source>the folder %1 is read-only for you; the database needs to write its journal beside the file.</source>
        <translation>文件夹%1对您是只读的；数据库需要在文件旁写入日志。</translation>
    </message>
    <message>
        <source>it is the database of another program (it holds other tables). It was left unchanged.</source>
        <translation>这是其他程序的数据库（其中有其他数据表），未作任何改动。</translation>
    </message>
    <message>
        <source>a newer version of this program upgraded it meanwhile.</source>
        <translation>与此同时，本程序的较新版本已将其升级。</translation>
    </message>
    <message>
        <source>the server does not answer. Is it running, and are the host and port right?</source>
        <translation>服务器没有应答。它是否在运行，主机和端口是否正确？</translation>
    </message>
    <message>
        <source>the server asks for a password.</source>
        <translation>服务器要求输入密码。</translation>
    </message>
    <message>
        <source>the server refused the user name or the password.</source>
        <translation>服务器拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <source>Could not open the shared database %1: %2</source>
        <translation>无法打开共享数据库%1：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>it holds another program&apos;s tables. It was left unchanged; give the portfolio a database of its own.</source>
        <translation>其中存有其他程序的数据表。该数据库未作任何改动；请为企业库单独建一个数据库。</translation>
    </message>
    <message>
        <source>The shared database %1 was written by a newer version of this program (schema version %2; this version knows up to %3). It was left unchanged; update the program to open it.</source>
        <translation>共享数据库%1由本程序的较新版本写入（结构版本%2；本版本最高识别到%3）。该数据库未作改动；请升级程序后再打开。</translation>
    </message>
    <message>
        <source>Could not upgrade the shared database %1 to schema version %2: %3</source>
        <translation>无法将共享数据库%1升级到结构版本%2：%3</translation>
    </message>
    <message>
        <source>Could not connect again to the shared database %1: %2</source>
        <translation>无法重新连接共享数据库%1：%2</translation>
    </message>
</context>
<context>
    <name>srdi::FieldHelp</name>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是有效的JSON：%1（偏移量%2）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是JSON对象</translation>
    </message>
    <message>
        <source>format: expected &quot;srdi-field-help/1&quot;, found &quot;%1&quot;</source>
        <translation>format：应为&quot;srdi-field-help/1&quot;，实为&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1：未知的键</translation>
    </message>
    <message>
        <source>fields: must be an object</source>
        <translation>fields：必须为对象</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须为对象</translation>
    </message>
    <message>
        <source>%1.%2: unknown key</source>
        <translation>%1.%2：未知的键</translation>
    </message>
    <message>
        <source>%1.unit: must be a string</source>
        <translation>%1.unit：必须为字符串</translation>
    </message>
    <message>
        <source>%1.unit: &quot;%2&quot; is not one of: %3 or empty</source>
        <translation>%1.unit：&quot;%2&quot;无效，应为%3之一或留空</translation>
    </message>
    <message>
        <source>%1.source: the document the definition comes from is missing</source>
        <translation>%1.source：缺少释义所依据的文件</translation>
    </message>
    <message>
        <source>choices: must be an object</source>
        <translation>choices：必须为对象</translation>
    </message>
    <message>
        <source>%1: no such field</source>
        <translation>%1：不存在该字段</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺失</translation>
    </message>
    <message>
        <source>%1: must be an object of en, zh_CN, zh_TW</source>
        <translation>%1：必须为包含en、zh_CN、zh_TW的对象</translation>
    </message>
    <message>
        <source>%1.%2: unknown language</source>
        <translation>%1.%2：未知的语言</translation>
    </message>
    <message>
        <source>%1.%2: must be a string</source>
        <translation>%1.%2：必须为字符串</translation>
    </message>
    <message>
        <source>%1.en: missing (English is the last fallback)</source>
        <translation>%1.en：缺失（英文是最后的后备语言）</translation>
    </message>
    <message>
        <source>%1: cannot open</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>%1.zh_CN: missing</source>
        <translation>%1.zh_CN：缺少</translation>
    </message>
</context>
<context>
    <name>srdi::JsonInput</name>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1：不是JSON对象（%2，第%3字节）</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 bytes</source>
        <translation>%1：文件大小超过%2字节</translation>
    </message>
    <message>
        <source>%1: the file nests deeper than %2 levels</source>
        <translation>%1：文件嵌套层级超过%2层</translation>
    </message>
    <message>
        <source>%1: the key is there twice (each key may appear once in an object)</source>
        <translation>%1：该键出现了两次（同一对象中每个键只能出现一次）</translation>
    </message>
    <message>
        <source>%1: a \u escape names half of a surrogate pair, which is not a character</source>
        <translation>%1：\u 转义只给出了代理对的一半，不是有效字符</translation>
    </message>
    <message>
        <source>%1: cannot read (it is a folder)</source>
        <translation>%1：无法读取（这是一个文件夹）</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>srdi::Plausibility</name>
    <message>
        <source>Did you enter yuan where 万元 is asked?</source>
        <translation>是否把元当作万元输入？</translation>
    </message>
</context>
<context>
    <name>srdi::ProfileJson</name>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须为JSON对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须为列表</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为true或false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须为字符串</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须为数字</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出允许范围</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <source>more than 4 decimals</source>
        <translation>小数超过4位</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>日期须按YYYY-MM-DD格式填写</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>不是有效的日期</translation>
    </message>
    <message>
        <source>money may not be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>may not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>不能小于1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于%1与%2之间</translation>
    </message>
    <message>
        <source>lies in the future (after %1)</source>
        <translation>晚于%1，不能是将来的日期</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>不是以下取值之一：%1</translation>
    </message>
    <message>
        <source>must be 18 characters</source>
        <translation>必须为18位</translation>
    </message>
    <message>
        <source>may use only digits and the capitals A-Y without I, O, S, V and Z</source>
        <translation>只能使用数字和大写字母A-Y（不含I、O、S、V、Z）</translation>
    </message>
    <message>
        <source>wrong check character (expected %1)</source>
        <translation>校验码错误（应为%1）</translation>
    </message>
    <message>
        <source>must be a six-digit GB/T 2260 code</source>
        <translation>必须为六位GB/T 2260行政区划代码</translation>
    </message>
    <message>
        <source>must be a GB/T 4754 section letter A-T and a 2- or 3-digit division, like C34</source>
        <translation>必须为GB/T 4754门类字母A-T加两位或三位行业代码，如C34</translation>
    </message>
    <message>
        <source>the year is listed twice (also years[%1])</source>
        <translation>该年度重复填写（另见years[%1]）</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2：%3</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>文件大小超过%1字节</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是UTF-8编码的文本</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels</source>
        <translation>文件嵌套层级超过%1层</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>文件不是有效的JSON：%1（第%2字节）</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>文件内容不是JSON对象</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+%1), which is not a character</source>
        <translation>含有单独的代理码元（U+%1），不是有效字符</translation>
    </message>
    <message>
        <source>holds a line break (U+%1); it must be one line</source>
        <translation>含有换行符（U+%1）；只能填写一行</translation>
    </message>
    <message>
        <source>holds a control character (U+%1)</source>
        <translation>含有控制字符（U+%1）</translation>
    </message>
    <message>
        <source>is blank: it holds only spaces or invisible characters</source>
        <translation>为空白：只含空格或不可见字符</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>长度为%1个字符；最多允许%2个</translation>
    </message>
    <message>
        <source>the key is there twice (each key may appear once in an object)</source>
        <translation>该键出现了两次（同一对象中每个键只能出现一次）</translation>
    </message>
    <message>
        <source>a \u escape names half of a surrogate pair, which is not a character</source>
        <translation>\u 转义只给出了代理对的一半，不是有效字符</translation>
    </message>
    <message>
        <source>%1 (%2) is more than %3 (%4): one of the two is wrong</source>
        <comment>a figure above the figure that includes it</comment>
        <translation>%1（%2）大于%3（%4）：两者之一有误</translation>
    </message>
    <message>
        <source>a route is recorded only for the first tier (innovative)</source>
        <translation>仅第一层级（创新型）称号记录取得途径</translation>
    </message>
</context>
<context>
    <name>srdi::ProfileStore</name>
    <message>
        <source>there is no company with id %1.</source>
        <translation>不存在编号为%1的企业。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>The database %1 is not open.</source>
        <translation>数据库%1未打开。</translation>
    </message>
    <message>
        <source>Could not read the list of companies: %1</source>
        <translation>无法读取企业列表：%1</translation>
    </message>
    <message>
        <source>Could not count the companies: %1</source>
        <translation>无法统计企业数量：%1</translation>
    </message>
    <message>
        <source>Could not read company %1: %2</source>
        <translation>无法读取企业%1：%2</translation>
    </message>
    <message>
        <source>there is no such company.</source>
        <translation>不存在该企业。</translation>
    </message>
    <message>
        <source>Could not save the company “%1”: %2</source>
        <translation>无法保存企业“%1”：%2</translation>
    </message>
    <message>
        <source>Could not delete company %1: %2</source>
        <translation>无法删除企业%1：%2</translation>
    </message>
    <message>
        <source>Could not save the plan: %1</source>
        <translation>无法保存计划：%1</translation>
    </message>
    <message>
        <source>Could not begin writing to %1: %2</source>
        <translation>无法开始写入%1：%2</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>无法保存到%1：%2</translation>
    </message>
    <message>
        <source>Could not record the export of company %1: %2</source>
        <translation>无法记录企业%1的导出：%2</translation>
    </message>
    <message>
        <source>Could not read the history of company %1: %2</source>
        <translation>无法读取企业%1的修改记录：%2</translation>
    </message>
</context>
<context>
    <name>srdi::ServerAddress</name>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database): %2</source>
        <translation>%1 不是 PostgreSQL 地址（postgresql://用户@主机:端口/数据库）：%2</translation>
    </message>
    <message>
        <source>it does not begin with postgresql://.</source>
        <translation>它不是以 postgresql:// 开头。</translation>
    </message>
    <message>
        <source>out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>the port %1 is not a number from 1 to 65535.</source>
        <translation>端口%1不是 1 至 65535 之间的数字。</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>本机服务器</translation>
    </message>
    <message>
        <source>(default database)</source>
        <translation>（默认数据库）</translation>
    </message>
</context>
<context>
    <name>srdi::awards::AwardCatalog</name>
    <message>
        <source>%1: region: &apos;%2&apos; differs from the file name</source>
        <translation>%1：region“%2”与文件名不一致</translation>
    </message>
    <message>
        <source>%1: awards[%2].id: &apos;%3&apos; is also in %4</source>
        <translation>%1：awards[%2].id“%3”在%4中也存在</translation>
    </message>
    <message>
        <source>national</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>%1: no award catalogue for this region</source>
        <translation>%1：本地区尚无奖励目录</translation>
    </message>
    <message>
        <source>%1: no award found (searched %2)</source>
        <translation>%1：未找到奖励（%2检索）</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>Awards on file: %1</source>
        <translation>已收录的奖励：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n</source>
        <translation>
            <numerusform>%1：%n项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srdi::awards::AwardLoader</name>
    <message>
        <source>must be &quot;srdi-awards/1&quot;</source>
        <translation>必须为“srdi-awards/1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GB/T 2260 code of a listed province, nor 000000</source>
        <translation>“%1”不是已列省份的GB/T 2260代码，也不是000000</translation>
    </message>
    <message>
        <source>needs a list of awards</source>
        <translation>需要奖励列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须为对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a text or null</source>
        <translation>必须为文本或null</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为true或false</translation>
    </message>
    <message>
        <source>missing (write null when the text states no amount)</source>
        <translation>缺失（文件未写明金额时请填null）</translation>
    </message>
    <message>
        <source>must be a number of 万元 (at most four decimals, not negative) or null</source>
        <translation>必须为以万元计的数值（最多四位小数，不为负）或null</translation>
    </message>
    <message>
        <source>needs a date YYYY-MM-DD or null</source>
        <translation>需要日期YYYY-MM-DD或null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>“%1”重复使用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不在%2之中</translation>
    </message>
    <message>
        <source>must be a lower-case identifier</source>
        <translation>必须为小写标识符</translation>
    </message>
    <message>
        <source>needs a &quot;tier&quot; or a &quot;trigger&quot;</source>
        <translation>需要“tier”或“trigger”</translation>
    </message>
    <message>
        <source>needs its unit: write it as a text (&quot;1.5%&quot;)</source>
        <translation>需要单位：请写成文本（如“1.5%”）</translation>
    </message>
    <message>
        <source>a first-recognition-only award pays no renewal</source>
        <translation>仅限首次认定的奖励不含复核奖励</translation>
    </message>
    <message>
        <source>needs an &quot;amount_wan&quot; too</source>
        <translation>还需要“amount_wan”</translation>
    </message>
    <message>
        <source>recognition rules need the tier of the title</source>
        <translation>认定类规则需要称号层级</translation>
    </message>
    <message>
        <source>needs YYYY, YYYY-MM or YYYY-MM-DD, or null</source>
        <translation>需要YYYY、YYYY-MM或YYYY-MM-DD，或null</translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation>早于valid_from</translation>
    </message>
    <message>
        <source>a top-up award needs an &quot;amount_wan&quot;</source>
        <translation>差额补齐类奖励需要“amount_wan”</translation>
    </message>
    <message>
        <source>must be &quot;&gt;=&quot; or &quot;&lt;=&quot;</source>
        <translation>必须为“&gt;=”或“&lt;=”</translation>
    </message>
    <message>
        <source>must be a number with at most four decimals</source>
        <translation>必须为最多四位小数的数值</translation>
    </message>
    <message>
        <source>needs the month searched as YYYY-MM</source>
        <translation>需要以 YYYY-MM 格式注明检索月份</translation>
    </message>
    <message>
        <source>a file without awards needs the month searched (YYYY-MM)</source>
        <translation>没有奖励条目的文件需要注明检索月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>a file without awards needs a text on what was searched</source>
        <translation>没有奖励条目的文件需要说明检索了什么</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>必须是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>a verified row needs the &quot;url&quot; it was read from, or a seed as its source</source>
        <translation>已核实的条目需要注明读取来源的“url”，或以原始政策文本为来源</translation>
    </message>
    <message>
        <source>must be &quot;output_value&quot; or &quot;operating_revenue&quot;</source>
        <translation>必须为“output_value”或“operating_revenue”</translation>
    </message>
    <message>
        <source>must be a percentage with at most four decimals, not negative</source>
        <translation>必须是最多四位小数的非负百分比</translation>
    </message>
    <message>
        <source>must be a whole number of years from 1 to 10</source>
        <translation>必须是1至10的整数年数</translation>
    </message>
</context>
<context>
    <name>srdi::cli::Batch</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no rule pack is in force on %2</source>
        <translation>%1：%2时没有有效的评价标准</translation>
    </message>
    <message>
        <source>--batch = %1: no such file or folder</source>
        <translation>--batch = %1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>--db = %1: no such database</source>
        <translation>--db = %1：数据库不存在</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n company(ies)</source>
        <translation>
            <numerusform>%1：%n家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) done (%1 %)</source>
        <translation>
            <numerusform>已处理%n家企业（%1 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped as invalid</source>
        <translation>%1：新增%2家，更新%3家，未变%4家，因无效跳过%5家</translation>
    </message>
</context>
<context>
    <name>srdi::cli::Cli</name>
    <message>
        <source>SRDI Self-Assessment: where a company stands on the ladder of quality SMEs.</source>
        <translation>专精特新自评助手：评估企业在优质中小企业梯度培育体系中所处的层级。</translation>
    </message>
    <message>
        <source>Print the assessment of a profile.</source>
        <translation>输出企业档案的评价结果。</translation>
    </message>
    <message>
        <source>Rule pack: 2026 or 2022 (default: the one in force on the assessment date).</source>
        <translation>认定标准规则包：2026或2022（默认为评价日期适用的版本）。</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>输出格式：json（默认）或text。</translation>
    </message>
    <message>
        <source>Language: zh_CN, zh_TW or en.</source>
        <translation>语言：zh_CN、zh_TW或en。</translation>
    </message>
    <message>
        <source>Add or update the company in the database.</source>
        <translation>在数据库中添加或更新该企业。</translation>
    </message>
    <message>
        <source>Write a company&apos;s profile (its id or exact name).</source>
        <translation>导出企业档案（按企业编号或完整名称指定企业）。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>--lang = %1: must be zh_CN, zh_TW or en</source>
        <translation>--lang = %1：必须为zh_CN、zh_TW或en</translation>
    </message>
    <message>
        <source>--rules = %1: no such rule pack (known: %2)</source>
        <translation>--rules = %1：不存在该规则包（现有：%2）</translation>
    </message>
    <message>
        <source>no rule pack could be loaded</source>
        <translation>无法加载任何规则包</translation>
    </message>
    <message>
        <source>--format = %1: must be json or text</source>
        <translation>--format = %1：必须为json或text</translation>
    </message>
    <message>
        <source>added company %1: %2</source>
        <translation>已添加企业%1：%2</translation>
    </message>
    <message>
        <source>updated company %1: %2</source>
        <translation>已更新企业%1：%2</translation>
    </message>
    <message>
        <source>--export needs --out FILE</source>
        <translation>--export 需同时指定 --out FILE</translation>
    </message>
    <message>
        <source>--export = %1: no company with that id or exact name</source>
        <translation>--export = %1：没有该编号或完整名称的企业</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>nothing to do: see --help</source>
        <translation>未指定任何操作：请参阅 --help</translation>
    </message>
    <message>
        <source>Write the printable report of a profile as PDF (with --out).</source>
        <translation>将企业档案的自评报告输出为PDF（配合--out）。</translation>
    </message>
    <message>
        <source>--report needs --out FILE.pdf</source>
        <translation>--report需要配合--out FILE.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>Import and assess many companies: a folder of *.srdi.json files or a CSV file with a row per company (docs/batch-csv.md); one result row each in --out.</source>
        <translation>批量导入并评价企业：一个包含*.srdi.json文件的文件夹，或每行一家企业的CSV文件（见docs/batch-csv.md）；每家企业在--out中输出一行结果。</translation>
    </message>
    <message>
        <source>Write every company in the database with its assessment: CSV, or a spreadsheet when OUT ends in .xml (Excel and LibreOffice open it).</source>
        <translation>将数据库中所有企业及其评价结果导出为CSV；OUT以.xml结尾时导出为电子表格（Excel和LibreOffice可直接打开）。</translation>
    </message>
    <message>
        <source>--batch needs --out RESULT.csv</source>
        <translation>--batch需要配合--out RESULT.csv</translation>
    </message>
    <message>
        <source>With --import or --batch: a company that exists becomes exactly the file&apos;s (fields the file leaves out are cleared). Without it only the fields the file gives change.</source>
        <translation>与 --import 或 --batch 同用：已存在的企业将完全替换为文件中的内容（文件未给出的字段被清空）。不加此选项时，只更改文件给出的字段。</translation>
    </message>
    <message>
        <source>company %1 unchanged: %2</source>
        <translation>企业%1未变：%2</translation>
    </message>
    <message>
        <source>Database file (default: the per-user data location), or a shared portfolio on a PostgreSQL server: postgresql://user@host:port/dbname.</source>
        <translation>数据库文件（默认：当前用户的数据目录），或 PostgreSQL 服务器上的共享企业库：postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed both in the file and in the database since the export; the database&apos;s values were kept (--replace takes the file&apos;s):</source>
        <translation>
            <numerusform>自导出以来，有 %n 个字段在文件和数据库中都被修改；已保留数据库中的值（--replace 则采用文件中的值）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: in the database %2, in the file %3</source>
        <translation>%1：数据库中为 %2，文件中为 %3</translation>
    </message>
</context>
<context>
    <name>srdi::cli::OutputFile</name>
    <message>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
</context>
<context>
    <name>srdi::cli::OutputGuard</name>
    <message>
        <source>the database in use (%1)</source>
        <translation>正在使用的数据库（%1）</translation>
    </message>
    <message>
        <source>%1, a file of the database in use</source>
        <translation>%1，正在使用的数据库的文件</translation>
    </message>
    <message>
        <source>a file in the backups folder of the database (%1)</source>
        <translation>数据库备份文件夹中的文件（%1）</translation>
    </message>
    <message>
        <source>a file in the input folder %1 of this run</source>
        <translation>本次运行的输入文件夹%1中的文件</translation>
    </message>
    <message>
        <source>the input %1 of this run</source>
        <translation>本次运行的输入文件%1</translation>
    </message>
    <message>
        <source>%1 = %2: refused, it is %3; nothing was written</source>
        <translation>%1 = %2：已拒绝，这是%3；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>srdi::io::CompanyCsv</name>
    <message>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>must be a number (no thousands separators, a point for decimals)</source>
        <translation>必须为数字（不含千位分隔符，小数点用“.”）</translation>
    </message>
    <message>
        <source>more than 4 decimals</source>
        <translation>小数超过4位</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须为YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为true或false</translation>
    </message>
    <message>
        <source>must be written %1</source>
        <translation>必须写作%1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (in a spreadsheet, save as “CSV UTF-8”)</source>
        <translation>文本不是UTF-8编码（在电子表格软件中请另存为“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>the header row cannot be read</source>
        <translation>无法读取表头行</translation>
    </message>
    <message>
        <source>the column has no name</source>
        <translation>该列没有列名</translation>
    </message>
    <message>
        <source>unknown column (see docs/batch-csv.md)</source>
        <translation>未知的列（见docs/batch-csv.md）</translation>
    </message>
    <message>
        <source>the column is there twice</source>
        <translation>该列重复出现</translation>
    </message>
    <message>
        <source>required column missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes</source>
        <translation>该行超过%1字节</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2</source>
        <translation>该行有%1个单元格，表头有%2个</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第%1列</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>第%1列（%2）</translation>
    </message>
    <message>
        <source>%1: a &quot; inside a cell that does not start with one (put the cell in quotes and write each &quot; in it twice)</source>
        <translation>%1：单元格不以双引号开头，其中却含有双引号（请给整个单元格加上双引号，并把其中的每个双引号写两次）</translation>
    </message>
    <message>
        <source>%1: text after the closing &quot; of a quoted cell (a cell in quotes must end at its closing &quot;)</source>
        <translation>%1：带引号的单元格在结束双引号之后还有文字（带引号的单元格必须在结束双引号处结束）</translation>
    </message>
    <message>
        <source>%1: a quoted cell is not closed (a &quot; is missing); the row is read to the end of its line and the next line starts a new row</source>
        <translation>%1：带引号的单元格没有结束（缺少一个双引号）；该行读到行尾为止，下一行作为新的一行</translation>
    </message>
    <message>
        <source>the header row cannot be read: %1</source>
        <translation>无法读取表头行：%1</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030 (in a spreadsheet, save as “CSV UTF-8”)</source>
        <translation>文本既不是UTF-8也不是GB18030编码（在电子表格中请另存为“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>%1: not in the file. The pledges are common conditions of every tier: for a new company every tier stays &quot;missing data&quot; until they are answered; a company already stored keeps its answers.</source>
        <translation>%1：文件中没有这些列。承诺事项是各层级的共同条件：新增企业在填写之前各层级均为“缺少数据”；已有企业保留原有回答。</translation>
    </message>
    <message>
        <source>recognitions: not in the file. Titles held decide the second and third tiers and the renewal awards: new companies have none recorded; stored companies keep theirs.</source>
        <translation>recognitions：文件中没有此列。已获称号决定第二、三层级及复核奖励：新增企业视为未记录；已有企业保留原有记录。</translation>
    </message>
    <message>
        <source>%1: not in the file. These figures of 上年度 are read by most conditions: they stay &quot;missing data&quot; for new companies.</source>
        <translation>%1：文件中没有这些列。多数条件读取这些上年度数据：新增企业的相应条件为“缺少数据”。</translation>
    </message>
</context>
<context>
    <name>srdi::io::CompanyImport</name>
    <message>
        <source>%1: holds no *.srdi.json file</source>
        <translation>%1：其中没有*.srdi.json文件</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a FIFO or a socket)</source>
        <translation>%1：不是普通文件（设备、FIFO或套接字）</translation>
    </message>
    <message>
        <source>%1: the file is empty; the first row must name the columns (see docs/batch-csv.md)</source>
        <translation>%1：文件为空；第一行须为列名（见docs/batch-csv.md）</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>%1: read as GB18030 (not UTF-8)</source>
        <translation>%1：按GB18030编码读取（非UTF-8）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a FIFO or a socket); skipped</source>
        <translation>%1：不是普通文件（设备、管道或套接字）；已跳过</translation>
    </message>
    <message>
        <source>%1:%2: a line is longer than %3 bytes; the rest of the file is not read</source>
        <translation>%1:%2：一行超过%3字节；文件其余部分未读取</translation>
    </message>
</context>
<context>
    <name>srdi::io::PortfolioExport</name>
    <message>
        <source>%1 is the database in use: choose another file</source>
        <translation>%1 是正在使用的数据库，请另选文件</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>no rule pack could be loaded</source>
        <translation>无法加载任何认定标准</translation>
    </message>
    <message>
        <source>%1: no such rule pack</source>
        <translation>%1：没有这个规则包</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1：无法写入</translation>
    </message>
</context>
<context>
    <name>srdi::io::PortfolioWorkbook</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1：无法创建工作簿</translation>
    </message>
    <message>
        <source>Companies</source>
        <comment>sheet name: 企业一览</comment>
        <translation>企业一览</translation>
    </message>
    <message>
        <source>Gaps</source>
        <comment>sheet name: 差距清单</comment>
        <translation>差距清单</translation>
    </message>
    <message>
        <source>Awards</source>
        <comment>sheet name: 奖励</comment>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>SME size</source>
        <translation>企业规模</translation>
    </message>
    <message>
        <source>Assessment year</source>
        <translation>评价年度</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>适用标准</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>第一层级</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>第二层级</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>第三层级</translation>
    </message>
    <message>
        <source>%1: status</source>
        <translation>%1：结果</translation>
    </message>
    <message>
        <source>%1: score</source>
        <translation>%1：得分</translation>
    </message>
    <message>
        <source>Highest tier reached</source>
        <translation>已达最高层级</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>待补差距数</translation>
    </message>
    <message>
        <source>Awards now (10,000 yuan)</source>
        <translation>现可申领奖励（万元）</translation>
    </message>
    <message>
        <source>Next tier adds (10,000 yuan)</source>
        <translation>达到下一层级可增加（万元）</translation>
    </message>
    <message>
        <source>Title held</source>
        <translation>所持称号</translation>
    </message>
    <message>
        <source>Title valid through</source>
        <translation>称号有效期至</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Condition or indicator</source>
        <translation>条件或指标</translation>
    </message>
    <message>
        <source>Company&apos;s figure</source>
        <translation>企业数据</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>差距与做法</translation>
    </message>
    <message>
        <source>Points to gain</source>
        <translation>可增加分数</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖励项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount (10,000 yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Amount as stated</source>
        <translation>金额（原文）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Title of the document</source>
        <translation>文件标题</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>To be verified</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>points</source>
        <translation>得分项</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook (%2)</source>
        <translation>%1：无法写入工作簿（%2）</translation>
    </message>
</context>
<context>
    <name>srdi::libpq</name>
    <message>
        <source>PostgreSQL&apos;s client library (libpq) could not be used (%1). On Debian, install libpq5.</source>
        <translation>无法使用 PostgreSQL 的客户端库（libpq）（%1）。在 Debian 上请安装 libpq5。</translation>
    </message>
</context>
<context>
    <name>srdi::libxlsxwriter</name>
    <message>
        <source>The spreadsheet library (libxlsxwriter) could not be used (%1). On Debian, install libxlsxwriter4.</source>
        <translation>无法使用电子表格库（libxlsxwriter）（%1）。在 Debian 上请安装 libxlsxwriter4。</translation>
    </message>
</context>
<context>
    <name>srdi::report::DocumentChecklist</name>
    <message>
        <source>Document checklist</source>
        <translation>资料准备清单</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message numerus="yes">
        <source>Every figure the rules read is entered (%n figure(s)).</source>
        <translation>
            <numerusform>评价标准用到的数据已全部填写（共%n项）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figure(s) the rules read are still missing.</source>
        <translation>
            <numerusform>评价标准用到的%n项数据中，还差%1项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each document below supplies the figures listed under it. The documents are the usual evidence; the authority you apply to may ask for others.</source>
        <translation>下列每份资料提供其下所列的数据。这些是常用的证明材料；受理部门可能要求其他材料。</translation>
    </message>
    <message>
        <source>No document named</source>
        <translation>未指明资料</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <translation>
            <numerusform>%1（还差%n项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>still missing</source>
        <translation>尚未填写</translation>
    </message>
</context>
<context>
    <name>srdi::report::Report</name>
    <message>
        <source>Route: %1</source>
        <translation>路径：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业数据</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Score %1 of %2; line %3</source>
        <translation>得分 %1（满分 %2，达标线 %3）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Full marks</source>
        <translation>标准分</translation>
    </message>
    <message>
        <source>Company&apos;s figure</source>
        <translation>事实数据</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>实际得分</translation>
    </message>
    <message>
        <source> (at least %1)</source>
        <translation>（不低于%1）</translation>
    </message>
    <message>
        <source>Direct routes (any one suffices)</source>
        <translation>直通条件（满足其一即可）</translation>
    </message>
    <message>
        <source>SRDI self-assessment report</source>
        <translation>专精特新企业自评报告</translation>
    </message>
    <message>
        <source>SME size class</source>
        <translation>企业规模类型</translation>
    </message>
    <message>
        <source>Assessment year and date</source>
        <translation>评价年度及日期</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>适用标准</translation>
    </message>
    <message>
        <source>Report printed on</source>
        <translation>报告打印日期</translation>
    </message>
    <message>
        <source>1. Key figures</source>
        <translation>一、主要经营数据</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>R&amp;D expense / operating revenue</source>
        <translation>研发费用占营业收入比重</translation>
    </message>
    <message>
        <source>Main business / operating revenue</source>
        <translation>主营业务收入占营业收入比重</translation>
    </message>
    <message>
        <source>Debt ratio (liabilities / assets)</source>
        <translation>资产负债率（负债总额/资产总额）</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <source>2. Where the company stands</source>
        <translation>二、梯度层级评价结果</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Score / line</source>
        <translation>得分 / 达标线</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>满足条件</translation>
    </message>
    <message>
        <source>Highest tier reached: %1.</source>
        <translation>已达到的最高层级：%1。</translation>
    </message>
    <message>
        <source>No tier is reached yet.</source>
        <translation>尚未达到任何层级。</translation>
    </message>
    <message>
        <source>3. Tier by tier</source>
        <translation>三、分层级评价明细</translation>
    </message>
    <message>
        <source>4. What it takes to climb</source>
        <translation>四、差距与提升事项</translation>
    </message>
    <message>
        <source>%1 — to be confirmed by the authority</source>
        <translation>%1 — 需由主管部门确认</translation>
    </message>
    <message>
        <source>%1 — enter: %2</source>
        <translation>%1 — 请填写：%2</translation>
    </message>
    <message>
        <source>+%1 points: %2</source>
        <translation>+%1分：%2</translation>
    </message>
    <message>
        <source>Every tier is reached.</source>
        <translation>各层级均已达到。</translation>
    </message>
    <message>
        <source>5. Awards for this region</source>
        <translation>五、所在地区奖励政策</translation>
    </message>
    <message>
        <source>No award of this region is in the catalogue.</source>
        <translation>奖励目录中暂无本地区的奖励政策。</translation>
    </message>
    <message>
        <source>6. Definitions used</source>
        <translation>六、指标释义</translation>
    </message>
    <message>
        <source>7. Declaration</source>
        <translation>七、声明</translation>
    </message>
    <message>
        <source>This is a self-assessment made by the company from its own figures against the published criteria. It is not a recognition: only the competent authorities decide, on the documents they require. The company is responsible for the truth of the figures entered.</source>
        <translation>本报告系企业依据自身数据对照已公布的认定标准所作的自我评价，并非认定结论；是否认定以主管部门按规定程序审核为准。企业对所填数据的真实性负责。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>单位盖章</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖励项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Amounts are the maxima the documents state; marks: “to be verified” where the amount is not read from the policy text itself. Awards marked “not paid twice” are not paid on top of a similar award; “top-up of the difference” pays only what a higher level adds.</source>
        <translation>金额为政策文件载明的上限；标注“待核实”的，其金额并非直接取自政策原文。标注“不重复享受”的奖励不与同类奖励叠加；“差额补齐”仅补足晋升层级后的差额。</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>评价标准文件</translation>
    </message>
    <message>
        <source>%1 — data inconsistent, correct: %2</source>
        <translation>%1 — 数据矛盾，请更正：%2</translation>
    </message>
    <message>
        <source>Awards: %1</source>
        <translation>奖励政策：%1</translation>
    </message>
    <message>
        <source>%1 is 0: cannot be computed</source>
        <comment>a ratio over a zero figure</comment>
        <translation>%1为0，无法计算</translation>
    </message>
    <message>
        <source>total assets</source>
        <translation>资产总额</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>Why these rules</source>
        <translation>适用标准的依据</translation>
    </message>
</context>
<context>
    <name>srdi::rules::AssessmentText</name>
    <message>
        <source>Company: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>认定标准：%1</translation>
    </message>
    <message>
        <source>Rules: %1 (%2)</source>
        <translation>认定标准：%1（%2）</translation>
    </message>
    <message>
        <source>Assessment year: %1, date %2</source>
        <translation>评价年度：%1，评价日期：%2</translation>
    </message>
    <message>
        <source>SME size: %1</source>
        <translation>企业规模：%1</translation>
    </message>
    <message>
        <source>Highest tier met: %1</source>
        <translation>已达到的最高层级：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(score %1 of %2, line %3)</source>
        <translation>（得分%1，满分%2，分数线%3）</translation>
    </message>
    <message>
        <source>   route: %1</source>
        <translation>   认定路径：%1</translation>
    </message>
    <message>
        <source>enter: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <source>   Most points for the least change:</source>
        <translation>   以最小改动争取最多加分：</translation>
    </message>
    <message>
        <source>direct:</source>
        <translation>直接认定：</translation>
    </message>
    <message>
        <source>Awards: national only (no region entered)</source>
        <translation>奖励：仅全国性政策（未填写所在地区）</translation>
    </message>
    <message>
        <source>Awards: %1 (%2)</source>
        <translation>奖励：%1（%2）</translation>
    </message>
    <message>
        <source>eligible now</source>
        <translation>目前可申领</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>已于%1失效</translation>
    </message>
    <message>
        <source>on a separate event or title</source>
        <translation>需另行满足的事项或称号</translation>
    </message>
    <message>
        <source>by selection</source>
        <translation>择优评选</translation>
    </message>
    <message>
        <source>title already held</source>
        <translation>已获该称号</translation>
    </message>
    <message>
        <source>title held before</source>
        <translation>曾获该称号</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>自%1起施行</translation>
    </message>
    <message>
        <source>tier not reached</source>
        <translation>尚未达到该层级</translation>
    </message>
    <message>
        <source>%1 on renewal</source>
        <translation>复核通过%1</translation>
    </message>
    <message>
        <source>amount not stated</source>
        <translation>未明确金额</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>may have expired</source>
        <translation>可能已失效</translation>
    </message>
    <message>
        <source>may have expired (issued %1)</source>
        <translation>可能已失效（%1发布）</translation>
    </message>
    <message>
        <source>top-up of the difference</source>
        <translation>差额补齐</translation>
    </message>
    <message>
        <source>paid without application</source>
        <translation>免申即享</translation>
    </message>
    <message>
        <source>not paid twice</source>
        <translation>不重复享受</translation>
    </message>
    <message>
        <source>Other awards:</source>
        <translation>其他奖励：</translation>
    </message>
    <message>
        <source>Could claim now: %1; reaching the next tier adds: %2</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>现在可申领：%1；达到下一层级可再增加：%2</translation>
    </message>
    <message>
        <source>on reaching the next tier</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>达到下一层级时</translation>
    </message>
    <message>
        <source>! Figures that contradict each other (correct them; the criteria that read them are not decided): %1</source>
        <translation>！相互矛盾的数据（请更正；用到这些数据的条件暂不判定）：%1</translation>
    </message>
    <message>
        <source>correct: %1 contradicts another figure</source>
        <translation>请更正：%1与另一项数据矛盾</translation>
    </message>
    <message>
        <source>Why these rules: %1</source>
        <translation>适用标准的依据：%1</translation>
    </message>
</context>
<context>
    <name>srdi::rules::ExprParser</name>
    <message>
        <source>not an exact decimal number with at most four decimals</source>
        <translation>不是最多四位小数的精确十进制数</translation>
    </message>
    <message>
        <source>unit %1 does not fit a figure that is not a ratio</source>
        <translation>单位%1不适用于非比率数值</translation>
    </message>
    <message>
        <source>unit %1 does not fit a figure that is not money</source>
        <translation>单位%1不适用于非金额数值</translation>
    </message>
    <message>
        <source>money needs the unit %1 and a ratio the unit %</source>
        <translation>金额须使用单位%1，比率须使用单位%</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>未知的单位“%1”</translation>
    </message>
    <message>
        <source>a figure must be an object</source>
        <translation>数值必须为对象</translation>
    </message>
    <message>
        <source>needs exactly two figures</source>
        <translation>必须恰好包含两个数值</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10</source>
        <translation>必须为1到10的整数</translation>
    </message>
    <message>
        <source>unknown numeric field &apos;%1&apos;</source>
        <translation>未知的数值字段“%1”</translation>
    </message>
    <message>
        <source>a yearly figure needs &quot;year&quot;: an offset from -1 to -10</source>
        <translation>年度数值须指定&quot;year&quot;：取值为-1至-10的年度偏移量</translation>
    </message>
    <message>
        <source>needs at least one figure</source>
        <translation>至少需要一个数值</translation>
    </message>
    <message>
        <source>mixes figures of different kinds</source>
        <translation>混用了不同类型的数值</translation>
    </message>
    <message>
        <source>unknown date field &apos;%1&apos;</source>
        <translation>未知的日期字段“%1”</translation>
    </message>
    <message>
        <source>must be &quot;prev_year_end&quot; or &quot;assessment_date&quot;</source>
        <translation>必须为&quot;prev_year_end&quot;或&quot;assessment_date&quot;</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos;</source>
        <translation>未知的列表“%1”</translation>
    </message>
    <message>
        <source>must be &quot;max&quot; or &quot;latest&quot;</source>
        <translation>必须为&quot;max&quot;或&quot;latest&quot;</translation>
    </message>
    <message>
        <source>unknown number &apos;%1&apos; in the list</source>
        <translation>列表中没有数值项“%1”</translation>
    </message>
    <message>
        <source>the list has no &apos;%1&apos;</source>
        <translation>列表中没有“%1”</translation>
    </message>
    <message>
        <source>needs a list of accepted values</source>
        <translation>需要列出可接受的取值</translation>
    </message>
    <message>
        <source>needs &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>需要&quot;%1&quot;或&quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a known kind of figure</source>
        <translation>不是已知的数值类型</translation>
    </message>
    <message>
        <source>a test must be an object</source>
        <translation>判断条件必须为对象</translation>
    </message>
    <message>
        <source>unknown comparison &apos;%1&apos;</source>
        <translation>未知的比较运算符“%1”</translation>
    </message>
    <message>
        <source>needs at least one test</source>
        <translation>至少需要一个判断条件</translation>
    </message>
    <message>
        <source>must be from 1 to the number of tests</source>
        <translation>必须介于1与判断条件个数之间</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; for this test</source>
        <translation>此类判断条件没有字段“%1”</translation>
    </message>
    <message>
        <source>needs a list of values</source>
        <translation>需要取值列表</translation>
    </message>
    <message>
        <source>unknown tier</source>
        <translation>未知的层级</translation>
    </message>
    <message>
        <source>needs at least one case</source>
        <translation>至少需要一个分支</translation>
    </message>
    <message>
        <source>not a known kind of test</source>
        <translation>不是已知的判断条件类型</translation>
    </message>
    <message>
        <source>a ratio, growth or compound growth may not be taken of another one</source>
        <translation>不能对比率、增长率或复合增长率再求比率或增长率</translation>
    </message>
    <message>
        <source>may add up at most %1 ratios or growth rates</source>
        <translation>最多只能相加%1个比率或增长率</translation>
    </message>
    <message>
        <source>only a mean may say &quot;skip&quot; or &quot;lowest&quot;</source>
        <translation>仅平均值可取 &quot;skip&quot; 或 &quot;lowest&quot;</translation>
    </message>
</context>
<context>
    <name>srdi::rules::Fields</name>
    <message>
        <source>operating revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>main business revenue</source>
        <translation>主营业务收入</translation>
    </message>
    <message>
        <source>R&amp;D expense</source>
        <translation>研发费用</translation>
    </message>
    <message>
        <source>total costs and expenses</source>
        <translation>成本费用支出总额</translation>
    </message>
    <message>
        <source>net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <source>total assets</source>
        <translation>资产总额</translation>
    </message>
    <message>
        <source>total liabilities</source>
        <translation>负债总额</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>职工总数</translation>
    </message>
    <message>
        <source>R&amp;D staff</source>
        <translation>研发人员</translation>
    </message>
    <message>
        <source>science and technology staff</source>
        <translation>科技人员</translation>
    </message>
    <message>
        <source>qualified equity financing</source>
        <translation>合格机构投资者股权融资</translation>
    </message>
    <message>
        <source>high-value Class I IP</source>
        <translation>Ⅰ类高价值知识产权</translation>
    </message>
    <message>
        <source>self-developed Class I IP</source>
        <translation>自主研发Ⅰ类知识产权</translation>
    </message>
    <message>
        <source>Class I IP</source>
        <translation>Ⅰ类知识产权</translation>
    </message>
    <message>
        <source>Class II IP</source>
        <translation>Ⅱ类知识产权</translation>
    </message>
    <message>
        <source>Class I IP in use</source>
        <translation>已实际应用并产生经济效益的Ⅰ类知识产权</translation>
    </message>
    <message>
        <source>digitalisation level</source>
        <translation>数字化水平</translation>
    </message>
    <message>
        <source>national niche market share</source>
        <translation>全国细分市场占有率</translation>
    </message>
    <message>
        <source>international niche market share</source>
        <translation>国际细分市场占有率</translation>
    </message>
    <message>
        <source>rank in the national niche</source>
        <translation>国内细分市场排名</translation>
    </message>
    <message>
        <source>provincial feature score</source>
        <translation>地方特色指标得分</translation>
    </message>
    <message>
        <source>not on the abnormal-operation or dishonesty lists</source>
        <translation>未被列入经营异常名录或严重失信主体名单</translation>
    </message>
    <message>
        <source>no banned, restricted or obsolete products</source>
        <translation>产品不属于禁止、限制或淘汰类</translation>
    </message>
    <message>
        <source>no major accident or tax evasion in three years</source>
        <translation>近三年无重大事故及违法违规行为</translation>
    </message>
    <message>
        <source>own or joint R&amp;D institution</source>
        <translation>自建或联合建立研发机构</translation>
    </message>
    <message>
        <source>core business on an information system</source>
        <translation>核心业务采用信息系统支撑</translation>
    </message>
    <message>
        <source>quality management system certificate</source>
        <translation>质量管理体系认证</translation>
    </message>
    <message>
        <source>own brand</source>
        <translation>自主品牌</translation>
    </message>
    <message>
        <source>took part in drafting standards</source>
        <translation>参与制修订标准</translation>
    </message>
    <message>
        <source>management-system or developed-market product certificate</source>
        <translation>管理体系认证或发达国家和地区产品认证</translation>
    </message>
    <message>
        <source>niche market position near the top</source>
        <translation>细分市场占有率较为靠前且有一定知名度</translation>
    </message>
    <message>
        <source>key link of an industry chain</source>
        <translation>位于产业链关键环节</translation>
    </message>
    <message>
        <source>renewal of a held title</source>
        <translation>已获称号复核</translation>
    </message>
    <message>
        <source>level of the R&amp;D institution</source>
        <translation>研发机构级别</translation>
    </message>
    <message>
        <source>R&amp;D indicator filed</source>
        <translation>研发投入指标（科技型）</translation>
    </message>
    <message>
        <source>quality award</source>
        <translation>质量奖</translation>
    </message>
    <message>
        <source>field of the main product</source>
        <translation>主导产品所属领域</translation>
    </message>
    <message>
        <source>titles held</source>
        <translation>有效荣誉称号</translation>
    </message>
    <message>
        <source>date of establishment</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>start in the niche market</source>
        <translation>从事特定细分市场起始日期</translation>
    </message>
    <message>
        <source>titles granted</source>
        <translation>已获称号</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>science and technology awards</source>
        <translation>科学技术奖励</translation>
    </message>
    <message>
        <source>Maker China results</source>
        <translation>“创客中国”大赛成绩</translation>
    </message>
    <message>
        <source>standards led</source>
        <translation>主导制定的标准</translation>
    </message>
    <message>
        <source>SRDI development score (national platform)</source>
        <translation>专精特新发展评价得分（国家平台）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field label, then fiscal year</comment>
        <translation>%2年%1</translation>
    </message>
</context>
<context>
    <name>srdi::rules::Format</name>
    <message>
        <source>CNY %1</source>
        <comment>money in yuan</comment>
        <translation>%1元</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>无法计算</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2–%3 in total</source>
        <translation>%2–%3年%1合计</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <source>%1: %2 more needed</source>
        <translation>%1：还需增加%2</translation>
    </message>
    <message>
        <source>%1: reduce by %2</source>
        <translation>%1：需降低%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more year(s) needed</source>
        <translation>
            <numerusform>%1：还需%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>needs to reach %1</source>
        <translation>须达到%1</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未达到</translation>
    </message>
    <message>
        <source>data missing</source>
        <translation>缺少数据</translation>
    </message>
    <message>
        <source>needs official confirmation</source>
        <translation>需官方确认</translation>
    </message>
    <message>
        <source>micro enterprise</source>
        <translation>微型企业</translation>
    </message>
    <message>
        <source>small enterprise</source>
        <translation>小型企业</translation>
    </message>
    <message>
        <source>medium enterprise</source>
        <translation>中型企业</translation>
    </message>
    <message>
        <source>not an SME</source>
        <translation>非中小企业</translation>
    </message>
    <message>
        <source>size not determined</source>
        <translation>企业规模无法判定</translation>
    </message>
    <message>
        <source>the figures that decide the SME size (industry, employees, revenue, assets)</source>
        <translation>中小企业划型所需数据（所属行业、职工总数、营业收入、资产总额）</translation>
    </message>
    <message>
        <source>data inconsistent</source>
        <translation>数据矛盾</translation>
    </message>
    <message>
        <source>User rule pack, replacing the built-in pack %1: %2</source>
        <translation>用户评价标准文件，替代内置的%1版：%2</translation>
    </message>
    <message>
        <source>User rule pack: %1</source>
        <translation>用户评价标准文件：%1</translation>
    </message>
    <message>
        <source>%1 is 0: cannot be computed</source>
        <comment>a ratio over a zero figure</comment>
        <translation>%1为0，无法计算</translation>
    </message>
    <message>
        <source>the base is 0: cannot be computed</source>
        <comment>a ratio over a zero figure</comment>
        <translation>基数为0，无法计算</translation>
    </message>
    <message>
        <source>to be verified</source>
        <translation>待核实</translation>
    </message>
    <message>
        <source>%1: chosen by the user.</source>
        <translation>%1：由用户指定。</translation>
    </message>
    <message>
        <source>%1: a renewal of a title granted on %2, assessed on %3. Reading applied: %4</source>
        <translation>%1：复核%2认定的称号，评价日期%3。适用的解读：%4</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2. Whether this is a renewal is not said (Titles page); a renewal of a title granted before %3 would be reviewed under %4: %5</source>
        <translation>%1：%2施行的标准。未填写是否为复核（“称号与承诺”页）；复核%3以前认定的称号的，将按%4复核：%5</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2. A renewal, but no title granted before %3 is recorded, so the renewal reading of %4 does not apply.</source>
        <translation>%1：%2施行的标准。为复核，但未记录%3以前认定的称号，故不适用%4的复核规定。</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2 (a first application, not a renewal).</source>
        <translation>%1：%2施行的标准（首次申报，非复核）。</translation>
    </message>
    <message>
        <source>%1: the rules in force on %2.</source>
        <translation>%1：%2施行的标准。</translation>
    </message>
    <message>
        <source>Reading applied (%1): %2</source>
        <translation>适用的解读（%1）：%2</translation>
    </message>
    <message>
        <source>%1 (the mean of the years with a value; %2 is 0: that year cannot be computed)</source>
        <comment>a mean growth leaving out a year whose base is zero</comment>
        <translation>%1（取可计算年度的平均值；%2为0，该年度无法计算）</translation>
    </message>
    <message>
        <source>%1 (the mean of the years with a value)</source>
        <comment>a mean growth leaving out a year whose base is zero</comment>
        <translation>%1（取可计算年度的平均值）</translation>
    </message>
    <message>
        <source>%1 counted %2–%3</source>
        <comment>the years a list of awards or standards is counted over</comment>
        <translation>%1按%2–%3年计</translation>
    </message>
    <message>
        <source> (the assessment year included)</source>
        <translation>（含评价年度）</translation>
    </message>
</context>
<context>
    <name>srdi::rules::RulePackLoader</name>
    <message>
        <source>needs a name in &quot;en&quot; and &quot;zh_CN&quot;</source>
        <translation>需要提供&quot;en&quot;和&quot;zh_CN&quot;名称</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>“%1”重复使用</translation>
    </message>
    <message>
        <source>must be &quot;manual_review&quot;</source>
        <translation>必须为&quot;manual_review&quot;</translation>
    </message>
    <message>
        <source>needs at least one band</source>
        <translation>至少需要一个分档</translation>
    </message>
    <message>
        <source>only the last band may go without &quot;if&quot;</source>
        <translation>只有最后一档可以不设&quot;if&quot;</translation>
    </message>
    <message>
        <source>the last band must have no &quot;if&quot;: it catches everything else</source>
        <translation>最后一档不得设&quot;if&quot;：它涵盖其余所有情况</translation>
    </message>
    <message>
        <source>must be from 0 to the indicator&apos;s maximum</source>
        <translation>必须介于0与该指标满分之间</translation>
    </message>
    <message>
        <source>unknown category &apos;%1&apos;</source>
        <translation>未知的类别“%1”</translation>
    </message>
    <message>
        <source>needs a choice field</source>
        <translation>需要一个选项字段</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;bands&quot;, &quot;points_from&quot;, &quot;alternatives&quot;</source>
        <translation>&quot;bands&quot;、&quot;points_from&quot;、&quot;alternatives&quot;须有且只有一项</translation>
    </message>
    <message>
        <source>the indicators of category &apos;%1&apos; add up to %2, not its maximum %3</source>
        <translation>类别“%1”各指标分值合计为%2，与其满分%3不符</translation>
    </message>
    <message>
        <source>the line is above the highest possible score</source>
        <translation>分数线高于可能的最高得分</translation>
    </message>
    <message>
        <source>must be &quot;srdi-rules/1&quot;</source>
        <translation>必须为&quot;srdi-rules/1&quot;</translation>
    </message>
    <message>
        <source>needs a date YYYY-MM-DD</source>
        <translation>需要YYYY-MM-DD格式的日期</translation>
    </message>
    <message>
        <source>must be a whole number of years</source>
        <translation>必须为整数年</translation>
    </message>
    <message>
        <source>tiers must be innovative, specialized, little_giant in that order</source>
        <translation>层级必须依次为innovative、specialized、little_giant</translation>
    </message>
    <message>
        <source>needs at least one route</source>
        <translation>至少需要一条认定路径</translation>
    </message>
    <message>
        <source>direct routes stand in for a score; this route has none</source>
        <translation>直接认定条件用于替代评分，但该路径没有评分</translation>
    </message>
    <message>
        <source>needs the three tiers</source>
        <translation>须包含三个层级</translation>
    </message>
    <message>
        <source>must map a route id to a number of years</source>
        <translation>须为路径标识到年数的对应</translation>
    </message>
    <message>
        <source>must not be before granted_before</source>
        <translation>不得早于 granted_before</translation>
    </message>
    <message>
        <source>must say true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown common condition &apos;%1&apos;</source>
        <translation>未知的通用条件“%1”</translation>
    </message>
    <message>
        <source>a route that waives a common condition must say why</source>
        <translation>免除通用条件的路径须说明理由</translation>
    </message>
</context>
<context>
    <name>srdi::rules::SmeSizeTable</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是JSON对象</translation>
    </message>
    <message>
        <source>groups: exactly one group must be the other industries (&quot;fallback&quot;: true or no codes)</source>
        <translation>groups：必须恰有一个组为其他未列明行业（&quot;fallback&quot;: true 或不列代码）</translation>
    </message>
</context>
<context>
    <name>srdi::ui::CheckList</name>
    <message>
        <source>None of these</source>
        <translation>以上均无</translation>
    </message>
</context>
<context>
    <name>srdi::ui::ChoiceCombo</name>
    <message>
        <source>— not entered —</source>
        <translation>— 未填写 —</translation>
    </message>
</context>
<context>
    <name>srdi::ui::CompanyForm</name>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第%2行</translation>
    </message>
    <message>
        <source>Not saved: the last valid value is kept.</source>
        <translation>未保存：保留上一个有效值。</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <source>must be a number with at most four decimals</source>
        <translation>必须为最多四位小数的数字</translation>
    </message>
    <message>
        <source>— not entered —</source>
        <translation>— 未填写 —</translation>
    </message>
    <message>
        <source>— whole province —</source>
        <translation>— 全省 —</translation>
    </message>
    <message>
        <source>— choose a division —</source>
        <translation>— 请选择行业大类 —</translation>
    </message>
    <message>
        <source>— whole division —</source>
        <translation>— 整个大类 —</translation>
    </message>
    <message>
        <source>Add year %1</source>
        <translation>添加%1年度</translation>
    </message>
    <message>
        <source>Remove year</source>
        <translation>删除年度</translation>
    </message>
    <message>
        <source>Remove every figure of %1? You can undo this with Ctrl+Z.</source>
        <translation>删除%1年度的全部数据？可按Ctrl+Z撤销。</translation>
    </message>
    <message>
        <source>Remove year %1</source>
        <translation>删除%1年度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>称号</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>经营情况</translation>
    </message>
    <message>
        <source>Specialised</source>
        <translation>专业化</translation>
    </message>
    <message>
        <source>Refined</source>
        <translation>精细化</translation>
    </message>
    <message>
        <source>Distinctive</source>
        <translation>特色化</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>创新能力</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>称号与承诺</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评价信息</translation>
    </message>
    <message>
        <source>Niche market</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Market position of the main product</source>
        <translation>主导产品市场地位</translation>
    </message>
    <message>
        <source>Refined management</source>
        <translation>精细化管理</translation>
    </message>
    <message>
        <source>Local distinctive indicator (2022 rules)</source>
        <translation>地方特色指标（2022年标准）</translation>
    </message>
    <message>
        <source>Intellectual property related to the main product</source>
        <translation>与主导产品相关的知识产权</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>研发情况</translation>
    </message>
    <message>
        <source>Honours, awards and standards</source>
        <translation>荣誉、奖励和标准</translation>
    </message>
    <message>
        <source>Titles held and national evaluation scores</source>
        <translation>已获称号及专精特新发展评价得分</translation>
    </message>
    <message>
        <source>Pledges (common conditions)</source>
        <translation>承诺事项（共同申报条件）</translation>
    </message>
    <message>
        <source>Figures from the audited statements of each fiscal year. Money in 10,000 yuan (万元) — type 8600 or 8,600.5; people at year end. Leave a cell empty when it is not known. The grey rows are worked out as you type.</source>
        <translation>各会计年度经审计财务报表中的数据。金额单位为万元，可输入8600或8,600.5；人数按年末数填写。尚不清楚的数据请留空。灰色行在输入时自动计算。</translation>
    </message>
    <message>
        <source>Add an earlier year</source>
        <translation>添加更早年度</translation>
    </message>
    <message>
        <source>Remove the selected year…</source>
        <translation>删除所选年度…</translation>
    </message>
    <message>
        <source>What counts (F1)</source>
        <translation>填报说明（F1）</translation>
    </message>
    <message>
        <source>Saved as typed. The criteria that read it show &quot;data inconsistent&quot; until it is corrected.</source>
        <translation>已按输入保存。在更正之前，用到它的条件显示为“数据矛盾”。</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>is not a date: type it as 2016-05-18, 2016/5/18 or 20160518</source>
        <translation>不是日期：请按 2016-05-18、2016/5/18 或 20160518 的格式输入</translation>
    </message>
    <message>
        <source>What counts: %1</source>
        <translation>口径说明：%1</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1：日历</translation>
    </message>
    <message>
        <source>%1: province</source>
        <translation>%1：省份</translation>
    </message>
    <message>
        <source>%1: city</source>
        <translation>%1：城市</translation>
    </message>
    <message>
        <source>%1: section</source>
        <translation>%1：门类</translation>
    </message>
    <message>
        <source>%1: division</source>
        <translation>%1：大类</translation>
    </message>
    <message>
        <source>%1: group</source>
        <translation>%1：中类</translation>
    </message>
    <message>
        <source>%1 = %2 is more than the operating revenue of %3 (%4).</source>
        <translation>%1 = %2，超过%3年营业收入（%4）。</translation>
    </message>
    <message>
        <source>%1 = %2 is far more than the operating revenue of %3 (%4).</source>
        <translation>%1 = %2，远超%3年营业收入（%4）。</translation>
    </message>
    <message>
        <source>%1 = %2 is ten times or more the figure of %3 (%4).</source>
        <translation>%1 = %2，达到%3年数据（%4）的十倍或以上。</translation>
    </message>
    <message>
        <source>Divide by 10,000</source>
        <translation>除以10000</translation>
    </message>
    <message>
        <source>Divide %1 by 10,000</source>
        <translation>将%1除以10000</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将%1改为%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <extracomment>A form&apos;s tab: its name, then how many figures the rules read are still empty (&quot;经营情况（还差 3 项）&quot;).</extracomment>
        <translation>
            <numerusform>%1（还差 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to enter for the rules in force: %1</source>
        <translation>现行评价标准还需填写：%1</translation>
    </message>
    <message>
        <source>Figures by fiscal year</source>
        <translation>各年度数据</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清空%1</translation>
    </message>
    <message>
        <source>— whole city —</source>
        <translation>— 全市 —</translation>
    </message>
    <message>
        <source>%1: district or county</source>
        <translation>%1：区县</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>取得途径</translation>
    </message>
    <message>
        <source>Not saved yet: kept here as typed; Retry saves it.</source>
        <translation>尚未保存：输入内容保留在此处；点“重试”即可保存。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::DocumentChecklistDialog</name>
    <message>
        <source>Document checklist</source>
        <translation>资料准备清单</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>document checklist</source>
        <translation>资料准备清单</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>srdi::ui::FiscalYearsModel</name>
    <message>
        <source>Worked out from the figures above; read-only</source>
        <translation>根据上方数据自动计算，不可编辑</translation>
    </message>
    <message>
        <source>R&amp;D expense / operating revenue</source>
        <translation>研发费用占营业收入比重</translation>
    </message>
    <message>
        <source>Main business / operating revenue</source>
        <translation>主营业务收入占营业收入比重</translation>
    </message>
    <message>
        <source>Debt ratio (liabilities / assets)</source>
        <translation>资产负债率（负债总额/资产总额）</translation>
    </message>
    <message>
        <source>Main business revenue growth</source>
        <translation>主营业务收入增长率</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <source>must be an amount in %1 with at most four decimals</source>
        <translation>必须为以%1为单位、最多四位小数的金额</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%2年%1：%3</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>srdi::ui::HistoryDialog</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <source>Every change saved to this company, newest first: who made it, when, and the value before and after (— : not known).</source>
        <translation>该企业每一次已保存的修改，最新的在前：由谁、在何时修改，以及修改前后的值（—：未知）。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>No change has been recorded for this company yet.</source>
        <translation>该企业尚无修改记录。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::ImportCompaniesDialog</name>
    <message>
        <source>Import companies</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <source>The first companies, as they will be read:</source>
        <translation>前几家企业（按将要读取的内容显示）：</translation>
    </message>
    <message>
        <source>Preview of the companies to import</source>
        <translation>待导入企业预览</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Rows not imported:</source>
        <translation>未导入的行：</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file:</source>
        <translation>此文件无法导入：</translation>
    </message>
    <message>
        <source>A folder of company profiles (*.srdi.json)</source>
        <translation>企业档案文件夹（*.srdi.json）</translation>
    </message>
    <message>
        <source>A company CSV, read as %1</source>
        <translation>企业CSV文件，按%1编码读取</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) recognised</source>
        <translation>
            <numerusform>识别出%n列</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <source>Assessment year</source>
        <translation>评价年度</translation>
    </message>
    <message>
        <source>As read</source>
        <translation>读取结果</translation>
    </message>
    <message numerus="yes">
        <source>ready: %n field(s)</source>
        <translation>
            <numerusform>可导入：%n个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. Companies already in the database (same credit code, or same name without one) are updated with the fields the file gives; the rest of what is stored stays.</source>
        <translation>按“导入”之前不会写入任何内容。数据库中已有的企业（统一社会信用代码相同，或无代码时名称相同）只更新文件中给出的字段，其余已保存内容不变。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stopping after the company being written…</source>
        <translation>写完当前企业后停止…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 not imported (listed above).</source>
        <translation>新增%1家，更新%2家，未变%3家，未导入%4行（见上方列表）。</translation>
    </message>
    <message>
        <source>Stopped: every company written is whole; importing the same file again completes it.</source>
        <translation>已停止：已写入的企业均完整；再次导入同一文件即可完成其余部分。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Search by name or credit code (Ctrl+F)</source>
        <translation>按企业名称或统一社会信用代码搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add a company (Ctrl+N)</source>
        <translation>添加企业（Ctrl+N）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected company, without its credit code</source>
        <translation>复制所选企业（不含统一社会信用代码）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected company (undo with Ctrl+Z)</source>
        <translation>删除所选企业（可按Ctrl+Z撤销）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>新建企业(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate company</source>
        <translation>复制企业(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete company…</source>
        <translation>删除企业(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>导入企业档案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export profile…</source>
        <translation>导出企业档案(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find company</source>
        <translation>查找企业(&amp;F)</translation>
    </message>
    <message>
        <source>What counts for this field</source>
        <translation>本栏填报说明</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>无数据库</translation>
    </message>
    <message>
        <source>SRDI Self-Assessment</source>
        <translation>专精特新自评助手</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>all changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>%1 — %2 — SRDI Self-Assessment</source>
        <translation>%1 — %2 — 专精特新自评助手</translation>
    </message>
    <message>
        <source>The last change could not be saved</source>
        <translation>最近一次更改未能保存</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>新企业</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate company</source>
        <translation>复制企业</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <source>Delete “%1” and all its figures?</source>
        <translation>删除“%1”及其全部数据？</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z while the window is open.</source>
        <translation>关闭窗口前，可按Ctrl+Z撤销此操作。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>导入企业档案</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:

%2</source>
        <translation>未从%1导入任何内容：

%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>已更新%1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已添加%1</translation>
    </message>
    <message>
        <source>SRDI profiles (*.srdi.json *.json)</source>
        <translation>专精特新企业档案 (*.srdi.json *.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出企业档案</translation>
    </message>
    <message>
        <source>SRDI profiles (*.srdi.json)</source>
        <translation>专精特新企业档案 (*.srdi.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出至%1</translation>
    </message>
    <message>
        <source>About SRDI Self-Assessment</source>
        <translation>关于专精特新自评助手</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>what-if, not saved</source>
        <translation>模拟测算，未保存</translation>
    </message>
    <message>
        <source>What-if: changes are not saved until you apply them</source>
        <translation>模拟测算：更改在应用前不会保存</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export report as P&amp;DF…</source>
        <translation>导出报告为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Select a company first</source>
        <translation>请先选择企业</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>导出报告为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>报告已保存至%1（共%n页）</numerusform>
        </translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>%1 or above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>Title lapsing within 90 days</source>
        <translation>称号90天内到期</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>未达层级</translation>
    </message>
    <message>
        <source>%1: %2 (%3), in force from %4 to %5</source>
        <translation>%1：%2（%3），%4起施行，至%5止</translation>
    </message>
    <message>
        <source>%1: %2 (%3), in force from %4</source>
        <translation>%1：%2（%3），%4起施行</translation>
    </message>
    <message>
        <source>(not yet checked against the official text)</source>
        <translation>（尚未与官方原文核对）</translation>
    </message>
    <message>
        <source>No rule pack could be loaded.</source>
        <translation>未能加载任何评价标准。</translation>
    </message>
    <message>
        <source>Rule packs loaded:</source>
        <translation>已加载的评价标准：</translation>
    </message>
    <message>
        <source>Updated rule packs: %1</source>
        <translation>更新的评价标准文件夹：%1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>设置文件：%1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>许可协议：GNU通用公共许可证第3版或更高版本（GPL-3.0-or-later）。本程序不提供任何担保。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于Qt %1构建，运行于Qt %2。</translation>
    </message>
    <message>
        <source>Changed by another window or program, now shown: %1</source>
        <translation>另一窗口或程序已更改以下内容，现已显示：%1</translation>
    </message>
    <message>
        <source>The company shown was deleted by another window or program.</source>
        <translation>当前显示的企业已被另一窗口或程序删除。</translation>
    </message>
    <message>
        <source>A rule pack was refused: %1</source>
        <translation>有一个评价标准文件被拒绝：%1</translation>
    </message>
    <message>
        <source>Rule pack refused</source>
        <translation>评价标准文件被拒绝</translation>
    </message>
    <message>
        <source>These rule pack files could not be used and were skipped:</source>
        <translation>以下评价标准文件无法使用，已跳过：</translation>
    </message>
    <message>
        <source>One step from reaching the next tier</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>距下一层级仅差一步</translation>
    </message>
    <message>
        <source>a value was not saved</source>
        <translation>有一个值未保存</translation>
    </message>
    <message>
        <source>typing, not saved yet</source>
        <translation>正在输入，尚未保存</translation>
    </message>
    <message>
        <source>Not saved: a value shown in red was refused; correct it or undo</source>
        <translation>未保存：红色显示的值被拒绝；请更正或撤销</translation>
    </message>
    <message>
        <source>Not saved yet: saved when you press Enter or Tab, leave the field or pause</source>
        <translation>尚未保存：按回车键或 Tab 键、离开该栏或停顿片刻后保存</translation>
    </message>
    <message>
        <source>%1: yours %2, theirs %3</source>
        <translation>%1：您的值 %2，对方的值 %3</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Another window or program changed the same field while you edited it:</source>
        <translation>在您编辑时，另一窗口或程序更改了同一栏：</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的值</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的值</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SRDI Self-Assessment %1&lt;/h3&gt;&lt;p&gt;Where a company stands on the ladder of quality SMEs, and what it takes to reach the next tier.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;专精特新自评助手 %1&lt;/h3&gt;&lt;p&gt;企业在优质中小企业梯度培育体系中所处的位置，以及达到下一层级还需要什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Document checklist…</source>
        <translation>资料准备清单(&amp;D)…</translation>
    </message>
    <message>
        <source>Import companies</source>
        <translation>导入企业</translation>
    </message>
    <message>
        <source>Company CSV (*.csv *.txt);;All files (*)</source>
        <translation>企业CSV文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import companies from a folder of profiles</source>
        <translation>从企业档案文件夹导入</translation>
    </message>
    <message>
        <source>Export portfolio</source>
        <translation>导出企业名录</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import &amp;companies (CSV)…</source>
        <translation>导入企业（CSV）(&amp;C)…</translation>
    </message>
    <message>
        <source>Import companies from a &amp;folder…</source>
        <translation>从文件夹导入企业(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;portfolio (Excel, CSV)…</source>
        <translation>导出企业名录（Excel、CSV）(&amp;P)…</translation>
    </message>
    <message>
        <source>Exporting the portfolio…</source>
        <translation>正在导出企业名录…</translation>
    </message>
    <message>
        <source>Export stopped: nothing was written</source>
        <translation>导出已停止：未写入任何文件</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) exported to %1</source>
        <translation>
            <numerusform>已导出%n家企业到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by province</source>
        <translation>按省份筛选</translation>
    </message>
    <message>
        <source>Filter by city</source>
        <translation>按城市筛选</translation>
    </message>
    <message>
        <source>Filter by district or county</source>
        <translation>按区县筛选</translation>
    </message>
    <message>
        <source>Filter by tier reached</source>
        <translation>按已达层级筛选</translation>
    </message>
    <message>
        <source>Inputs missing for the next tier</source>
        <translation>下一层级缺少数据</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message numerus="yes">
        <source>Companies listed: %n; one step from reaching the next tier: %1; inputs missing for the next tier: %2; holding a valid title: %3; a title lapsing within 90 days: %4; awards claimable now: %5</source>
        <translation>
            <numerusform>列出企业：%n家；距下一层级仅差一步：%1家；下一层级缺少数据：%2家；持有有效称号：%3家；称号90天内到期：%4家；现可申领奖励：%5</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the companies…</source>
        <translation>正在统计企业数量…</translation>
    </message>
    <message>
        <source>Backups of a shared database</source>
        <translation>共享数据库的备份</translation>
    </message>
    <message>
        <source>This portfolio is kept in the shared database %1. Its backups are the server&apos;s own: whoever runs the server backs it up and restores it with PostgreSQL&apos;s tools (pg_dump and pg_restore; see docs/shared-database.md). This program&apos;s daily backups are of a database file of one&apos;s own.</source>
        <translation>本企业库保存在共享数据库%1中，由服务器自行备份：服务器的管理人员使用 PostgreSQL 的工具（pg_dump 和 pg_restore；见 docs/shared-database.md）备份和恢复。本程序的每日备份只针对本机自己的数据库文件。</translation>
    </message>
    <message>
        <source>Open &amp;shared database…</source>
        <translation>打开共享数据库(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;own database</source>
        <translation>打开本机数据库(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Backups of a shared database…</source>
        <translation>共享数据库的备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Company &amp;history…</source>
        <translation>企业修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>共享：%1</translation>
    </message>
    <message>
        <source>A shared database on a PostgreSQL server: colleagues&apos; changes appear within a second</source>
        <translation>PostgreSQL 服务器上的共享数据库：同事的修改一秒内即可看到</translation>
    </message>
    <message>
        <source>%1: here %2, in the file %3</source>
        <translation>%1：此处为 %2，文件中为 %3</translation>
    </message>
    <message>
        <source>Changed in both places</source>
        <translation>两处都有修改</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of “%1” were changed both in the file and here since the file was exported. The values here were kept:</source>
        <translation>
            <numerusform>自文件导出以来，“%1”有 %n 个字段在文件中和此处都被修改。已保留此处的值：</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the values here</source>
        <translation>保留此处的值</translation>
    </message>
    <message>
        <source>Take the file&apos;s</source>
        <translation>采用文件中的值</translation>
    </message>
    <message>
        <source>What you typed stays in its field; Retry saves it again.</source>
        <translation>您输入的内容仍保留在原字段中；点“重试”将再次保存。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Connected again to %1</source>
        <translation>已重新连接到%1</translation>
    </message>
    <message>
        <source>Company history</source>
        <translation>企业修改记录</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Exported to %1, but the copy was not recorded: %2</source>
        <translation>已导出到%1，但未能记录这份副本：%2</translation>
    </message>
    <message>
        <source>The connection to the shared database %1 was lost; trying again…</source>
        <translation>与共享数据库%1的连接已断开，正在重试…</translation>
    </message>
    <message>
        <source>Not saved: the connection to the shared database %1 was lost.</source>
        <translation>未保存：与共享数据库%1的连接已断开。</translation>
    </message>
    <message>
        <source>What you typed stays in its field; Retry connects again and saves it.</source>
        <translation>您输入的内容仍保留在原字段中；点“重试”将重新连接并保存。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::OptionalDateEdit</name>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>在日历中选择（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>srdi::ui::PortfolioChart</name>
    <message>
        <source>Companies by highest tier reached</source>
        <translation>按已达最高层级统计的企业数</translation>
    </message>
</context>
<context>
    <name>srdi::ui::PortfolioModel</name>
    <message>
        <source>A title lapses on %1</source>
        <translation>称号将于%1到期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Awards now</source>
        <translation>目前可申领奖励</translation>
    </message>
    <message>
        <source>One step from reaching the next tier</source>
        <extracomment>下一层级 / 下一層級: the tier above the one reached, never the previous one.</extracomment>
        <translation>距下一层级仅差一步</translation>
    </message>
    <message>
        <source>Reaches: %1</source>
        <translation>已达：%1</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>持有称号：%1</translation>
    </message>
    <message>
        <source>Inputs still missing for the next tier</source>
        <translation>下一层级仍缺少数据</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>已达层级</translation>
    </message>
    <message>
        <source>Title held</source>
        <translation>所持称号</translation>
    </message>
    <message>
        <source>Open gaps</source>
        <translation>差距数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>R&amp;D %</source>
        <translation>研发占比</translation>
    </message>
    <message>
        <source>Title valid through</source>
        <translation>称号有效期至</translation>
    </message>
</context>
<context>
    <name>srdi::ui::ProfileEditor</name>
    <message>
        <source>another company in this database has this credit code</source>
        <translation>数据库中已有其他企业使用该统一社会信用代码</translation>
    </message>
    <message>
        <source>Apply what-if</source>
        <translation>应用模拟测算</translation>
    </message>
</context>
<context>
    <name>srdi::ui::RecordTable</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tick when there is none; leave unticked while not yet known</source>
        <translation>确认没有时请勾选；尚不清楚时请勿勾选</translation>
    </message>
    <message>
        <source>Add a row: %1</source>
        <translation>添加一行：%1</translation>
    </message>
    <message>
        <source>Remove the selected row: %1</source>
        <translation>删除所选行：%1</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>无：%1</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1：日历</translation>
    </message>
    <message>
        <source>— not recorded —</source>
        <translation>— 未记录 —</translation>
    </message>
</context>
<context>
    <name>srdi::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of %1 are kept in %2: one on the first start of each day, one before each upgrade of the database and one before each restore; the newest %3 are kept.</source>
        <translation>%1的备份保存在%2：每天首次启动时、每次升级数据库前以及每次恢复前各备份一次；保留最新的%3份。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <source>From an earlier version; upgraded when restored</source>
        <translation>来自较早版本；恢复时将自动升级</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>暂无备份。</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (companies in it: %2)?</source>
        <translation>恢复%1的备份（其中有%2家企业）？</translation>
    </message>
    <message>
        <source>Every company and figure now in the database is replaced by the content of this backup. The current data is backed up first, so you can go back to it by restoring that backup.</source>
        <translation>数据库中现有的全部企业和数据将被此备份的内容替换。当前数据会先行备份，如需回退可恢复该备份。</translation>
    </message>
    <message>
        <source>Replace current data</source>
        <translation>替换当前数据</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>已恢复%1的备份。</translation>
    </message>
    <message>
        <source>The data it replaced was backed up as %1.</source>
        <translation>被替换的数据已备份为%1。</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>A backup of %1 is available (companies in it: %2). Restoring it replaces the file that could not be opened; that file is kept in the backups folder.</source>
        <translation>有%1的备份可用（其中有%2家企业）。恢复后将替换无法打开的文件；该文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>恢复%1的备份</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>不恢复</translation>
    </message>
    <message>
        <source>The file was last changed on %1, after this backup was taken: what was saved since then is not in the backup.</source>
        <translation>该文件最后一次更改于%1，晚于此备份：此后保存的内容不在备份中。</translation>
    </message>
</context>
<context>
    <name>srdi::ui::SharedDatabaseDialog</name>
    <message>
        <source>Open shared database</source>
        <translation>打开共享数据库</translation>
    </message>
    <message>
        <source>A portfolio the team shares lives in a PostgreSQL database on a server. Everyone who opens it sees the others&apos; changes within a second.</source>
        <translation>团队共用的企业库保存在服务器上的 PostgreSQL 数据库中。打开它的每个人都能在一秒内看到其他人的修改。</translation>
    </message>
    <message>
        <source>(a new server)</source>
        <translation>（新的服务器）</translation>
    </message>
    <message>
        <source>server name or address, e.g. db.example.local</source>
        <translation>服务器名称或地址，例如 db.example.local</translation>
    </message>
    <message>
        <source>The server&apos;s name or IP address, or a folder holding its Unix socket (/run/postgresql). Empty: libpq&apos;s default (PGHOST, else the local server).</source>
        <translation>服务器的名称或 IP 地址，或存放其 Unix 套接字的文件夹（/run/postgresql）。留空：使用 libpq 的默认值（PGHOST，否则为本机服务器）。</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port; PostgreSQL&apos;s usual one is 5432.</source>
        <translation>服务器的 TCP 端口；PostgreSQL 通常使用 5432。</translation>
    </message>
    <message>
        <source>The database the team keeps its portfolio in. An empty database is set up on first opening; a database holding another program&apos;s tables is refused, unchanged.</source>
        <translation>团队存放企业库的数据库。空数据库在首次打开时自动建好；存有其他程序数据表的数据库会被拒绝，且不作改动。</translation>
    </message>
    <message>
        <source>Your user name on the server: the company histories name who changed what by it.</source>
        <translation>您在服务器上的用户名：企业修改记录以此标明谁改了什么。</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近使用(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>The password is asked for when the server wants one and kept in memory until the program closes, never in a file. To be asked less often, keep it in a libpq password file (~/.pgpass; on Windows %APPDATA%\postgresql\pgpass.conf).</source>
        <translation>服务器需要密码时才会询问，密码只保存在内存中直至程序关闭，从不写入文件。如不想每次输入，可将其保存在 libpq 密码文件中（~/.pgpass；Windows 下为 %APPDATA%\postgresql\pgpass.conf）。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Servers opened before</source>
        <translation>以前打开过的服务器</translation>
    </message>
</context>
<context>
    <name>srdi::ui::StandingPanel</name>
    <message>
        <source>Rules:</source>
        <translation>评价标准：</translation>
    </message>
    <message>
        <source>In force on the assessment date</source>
        <translation>评价日期时有效的标准</translation>
    </message>
    <message>
        <source>2026 and 2022 side by side</source>
        <translation>2026年与2022年标准对照</translation>
    </message>
    <message>
        <source>What-if…</source>
        <translation>模拟测算…</translation>
    </message>
    <message>
        <source>Try figures without changing the saved data</source>
        <translation>试算数据，不改动已保存的数据</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>模拟测算</translation>
    </message>
    <message>
        <source>Move a slider or edit any field: the ladder follows, nothing is saved until you apply.</source>
        <translation>拖动滑块或修改任一栏目，层级随之变化；点击“应用”前不会保存。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>差距清单</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>The trend appears once two or more fiscal years are entered.</source>
        <translation>录入两个及以上会计年度的数据后显示趋势。</translation>
    </message>
    <message>
        <source>Score %1 / line %2</source>
        <translation>得分 %1 / 达标线 %2</translation>
    </message>
    <message>
        <source>By a direct route</source>
        <translation>通过直通条件</translation>
    </message>
    <message>
        <source>%1 of %2 conditions met</source>
        <translation>已满足 %1/%2 项条件</translation>
    </message>
    <message>
        <source>Title held until %1</source>
        <translation>已获称号，有效期至%1</translation>
    </message>
    <message>
        <source>Assessment year %1 · %2 · %3</source>
        <translation>评价年度：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — to be confirmed by the authority</source>
        <translation>%1 — 需由主管部门确认</translation>
    </message>
    <message>
        <source>%1 — enter: %2</source>
        <translation>%1 — 请填写：%2</translation>
    </message>
    <message>
        <source>Nothing left to do: every tier is reached with full marks.</source>
        <translation>各层级均已达到且满分，无需补足。</translation>
    </message>
    <message>
        <source>No company selected. Add one with Ctrl+N or import a profile.</source>
        <translation>未选择企业。按Ctrl+N新建，或导入企业档案。</translation>
    </message>
    <message>
        <source>R&amp;D expense / operating revenue</source>
        <translation>研发费用占营业收入比重</translation>
    </message>
    <message>
        <source>Main business revenue growth</source>
        <translation>主营业务收入增长率</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <source>Debt ratio (liabilities / assets)</source>
        <translation>资产负债率（负债总额/资产总额）</translation>
    </message>
    <message>
        <source>Score of %1 by assessment year</source>
        <translation>各评价年度%1得分</translation>
    </message>
    <message>
        <source>+%1 points: %2</source>
        <translation>+%1分：%2</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>奖励政策</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Correct the figures flagged in the form</source>
        <translation>请更正表单中标出的数据</translation>
    </message>
    <message>
        <source>%1 — data inconsistent, correct: %2</source>
        <translation>%1 — 数据矛盾，请更正：%2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>A what-if control: a figure (%1) of a fiscal year (%2); in Chinese 2025年研发费用.</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1, exact value</source>
        <translation>%1，精确值</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <source>Title lapsed (valid through %1)</source>
        <translation>称号已失效（有效期至%1）</translation>
    </message>
    <message numerus="yes">
        <source>Title held through %1; %n day(s) left</source>
        <translation>
            <numerusform>已获称号，有效期至%1，还剩%n天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srdi::ui::SummaryRefresh</name>
    <message numerus="yes">
        <source>Bringing the standings of %n company(ies) up to date…</source>
        <translation>
            <numerusform>正在更新%n家企业的评价结果…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srdi::ui::TrendChart</name>
    <message>
        <source>Trend over the fiscal years</source>
        <translation>各年度趋势</translation>
    </message>
</context>
<context>
    <name>srdi::ui::TriStateCombo</name>
    <message>
        <source>— not answered —</source>
        <translation>— 未作答 —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>srdi::ui::WorkInBackground</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
</TS>
