<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ChaseNoticeDialog</name>
    <message>
        <source>催办单 / 督办通知单</source>
        <translation>Chaser / supervision notice</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>编号：</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>签发日期：</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>反馈时限：</source>
        <translation>Reply by:</translation>
    </message>
    <message>
        <source>发文单位：</source>
        <translation>Issuing office:</translation>
    </message>
    <message>
        <source>如：市政府督查室</source>
        <translation>e.g. City Supervision Office</translation>
    </message>
    <message>
        <source>要求：</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <source>可不填：写在任务表上方</source>
        <translation>Optional: printed above the task table</translation>
    </message>
    <message>
        <source>列入的任务（勾选）：</source>
        <translation>Tasks listed (ticked):</translation>
    </message>
    <message>
        <source>另存为 PDF 并登记…</source>
        <translation>Save as PDF and record…</translation>
    </message>
    <message>
        <source>打印并登记…</source>
        <translation>Print and record…</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>找不到文件“%1”。</source>
        <translation>File "%1" not found.</translation>
    </message>
    <message>
        <source>“%1”是文件夹，不是文件。</source>
        <translation>"%1" is a folder, not a file.</translation>
    </message>
    <message>
        <source>无法读取文件“%1”：%2</source>
        <translation>Cannot read file "%1": %2</translation>
    </message>
    <message>
        <source>无法打开文件“%1”：%2</source>
        <translation>Cannot open file "%1": %2</translation>
    </message>
    <message>
        <source>文件“%1”过大（%2 MB），超过 %3 MB 的上限。</source>
        <translation>File "%1" (%2 MB) is larger than the %3 MB limit.</translation>
    </message>
    <message>
        <source>文件“%1”为空，没有可提取的内容。</source>
        <translation>File "%1" is empty: there is nothing to extract.</translation>
    </message>
    <message>
        <source>粘贴文本</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>第%1段</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>表%1第%2行</source>
        <translation>table %1, row %2</translation>
    </message>
    <message>
        <source>文件“%1”不是有效的 .docx 文档：文件已损坏、不完整或已加密。</source>
        <translation>File "%1" is not a valid .docx document: it is damaged, incomplete or encrypted.</translation>
    </message>
    <message>
        <source>文件“%1”不是 Word 文档：缺少正文（word/document.xml）。</source>
        <translation>File "%1" is not a Word document: it has no body (word/document.xml).</translation>
    </message>
    <message>
        <source>文件“%1”解压后超过 %2 MB，疑似压缩炸弹，已拒绝读取。</source>
        <translation>File "%1" inflates to more than %2 MB, likely a zip bomb; refused.</translation>
    </message>
    <message>
        <source>文件“%1”已损坏：正文无法解压。</source>
        <translation>File "%1" is damaged: its body cannot be inflated.</translation>
    </message>
    <message>
        <source>文件“%1”的正文已损坏（XML 错误：%2）。</source>
        <translation>The body of file "%1" is damaged (XML error: %2).</translation>
    </message>
    <message>
        <source>文件“%1”为空，没有可提取的文字。</source>
        <translation>File "%1" is empty: there is no text to extract.</translation>
    </message>
    <message>
        <source>文件“%1”不是有效的 PDF：文件已损坏或不完整。</source>
        <translation>File "%1" is not a valid PDF: it is damaged or incomplete.</translation>
    </message>
    <message>
        <source>文件“%1”是加密的 PDF，需要密码，无法读取。请先解除密码保护。</source>
        <translation>File "%1" is a password-protected PDF and cannot be read. Remove the password first.</translation>
    </message>
    <message>
        <source>第%1页</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>文件“%1”的正文含有文档类型声明（DOCTYPE），Word 文档不应含有，可能是恶意构造的文件，已拒绝读取。</source>
        <translation>The body of "%1" contains a document type declaration (DOCTYPE), which Word documents never have; it may be a crafted file and was refused.</translation>
    </message>
    <message>
        <source>“%1”是扫描件或图片，需要文字识别：%2</source>
        <translation>"%1" is a scan or an image and needs text recognition: %2</translation>
    </message>
    <message>
        <source>第%1页（识别）</source>
        <translation>page %1 (recognised)</translation>
    </message>
    <message>
        <source>已取消“%1”的文字识别。</source>
        <translation>Text recognition of "%1" was canceled.</translation>
    </message>
    <message>
        <source>在“%1”中没有识别出文字。请确认图片清晰、方向正确（分辨率至少 200 dpi）后重试。</source>
        <translation>No text was recognised in "%1". Make sure the image is sharp, upright and at least 200 dpi, then try again.</translation>
    </message>
    <message>
        <source>文件“%1”不是有效的 OFD 文档：文件已损坏或不完整（%2）。</source>
        <translation>“%1” is not a valid OFD document: the file is damaged or incomplete (%2).</translation>
    </message>
    <message>
        <source>文件“%1”不是完整的 OFD 文档：缺少 %2。</source>
        <translation>“%1” is not a complete OFD document: %2 is missing.</translation>
    </message>
    <message>
        <source>文件“%1”的 %2 含有文档类型声明（DOCTYPE），OFD 文档不应含有，已拒绝读取。</source>
        <translation>The %2 in “%1” declares a document type (DOCTYPE), which OFD documents never do; it was not read.</translation>
    </message>
    <message>
        <source>文件“%1”已损坏：%2 无法解压。</source>
        <translation>“%1” is damaged: %2 cannot be decompressed.</translation>
    </message>
    <message>
        <source>文件“%1”已损坏：%2 不是有效的 XML（%3）。</source>
        <translation>“%1” is damaged: %2 is not valid XML (%3).</translation>
    </message>
    <message>
        <source>文档入口（DocRoot）</source>
        <translation>the document entry (DocRoot)</translation>
    </message>
    <message>
        <source>文件“%1”有 %2 页，超过 %3 页的上限，已拒绝读取。请拆分后再导入。</source>
        <translation>"%1" has %2 pages, more than the limit of %3; refused. Split it and import the parts.</translation>
    </message>
    <message>
        <source>第%1页第%2行</source>
        <translation>page %1, line %2</translation>
    </message>
    <message>
        <source>文件“%1”中没有可提取的文字（页面可能是图片，需要先做文字识别）。</source>
        <translation>“%1” has no text to extract (its pages may be images that need text recognition first).</translation>
    </message>
    <message>
        <source>PDF 中没有文字层（扫描件），已用文字识别读取。</source>
        <translation>The PDF has no text layer (a scan); it was read by text recognition (OCR).</translation>
    </message>
    <message>
        <source>PDF 的文字层无法解码（字体缺少 ToUnicode 映射），已改用文字识别读取。</source>
        <translation>The PDF's text layer cannot be decoded (its fonts lack a ToUnicode map); it was read by text recognition (OCR) instead.</translation>
    </message>
    <message>
        <source>文件“%1”的文字层无法解码（字体缺少 ToUnicode 映射），只能做文字识别，但识别失败：%2</source>
        <translation>The text layer of "%1" cannot be decoded (its fonts lack a ToUnicode map), so it needs text recognition, which failed: %2</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>文件“%1”的工作表“%2”有 %3 行，超过 %4 行的上限，已拒绝读取。</source>
        <translation>Sheet “%2” of “%1” has %3 rows, more than the limit of %4; not read.</translation>
    </message>
    <message>
        <source>工作表“%1”第%2行</source>
        <translation>sheet “%1”, row %2</translation>
    </message>
    <message>
        <source>文件“%1”的工作表都是空的，没有可提取的文字。</source>
        <translation>Every sheet of “%1” is empty; there is no text to extract.</translation>
    </message>
    <message>
        <source>文本文件“%1”超过 %2 MB 的上限，不像是一份文件，已拒绝读取。</source>
        <translation>The text file "%1" is larger than the limit of %2 MB, too large for a directive; refused.</translation>
    </message>
    <message>
        <source>文件“%1”不是文本文件，或编码无法识别（支持 UTF-8、UTF-16、GB18030/GBK 和 Big5）。</source>
        <translation>"%1" is not a text file, or its encoding is unknown (UTF-8, UTF-16, GB18030/GBK and Big5 are supported).</translation>
    </message>
</context>
<context>
    <name>DueState</name>
    <message>
        <source>无时限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Suspended</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>督办步骤</source>
        <translation>Workflow step</translation>
    </message>
    <message>
        <source>结论：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>不同意</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>延至：</source>
        <translation>Extend to:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>任务编号</source>
        <translation>Task ID</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>牵头/配合</source>
        <translation>Lead/co</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>当前进度（%）</source>
        <translation>Current percent (%)</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>完成进度（%）</source>
        <translation>Percent done (%)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>填报日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>申请办结</source>
        <translation>Claim done</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>所有支持的文件 (%1)</source>
        <translation>All supported files (%1)</translation>
    </message>
    <message>
        <source>Word / WPS 文字 (%1)</source>
        <translation>Word / WPS documents (%1)</translation>
    </message>
    <message>
        <source>OFD / PDF 版式文件 (%1)</source>
        <translation>OFD / PDF documents (%1)</translation>
    </message>
    <message>
        <source>Excel / WPS 表格任务清单 (%1)</source>
        <translation>Excel / WPS task lists (%1)</translation>
    </message>
    <message>
        <source>文本文件 (%1)</source>
        <translation>Text files (%1)</translation>
    </message>
    <message>
        <source>扫描件和照片 (%1)</source>
        <translation>Scans and photos (%1)</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>正在提取任务…</source>
        <translation>Extracting tasks…</translation>
    </message>
    <message>
        <source>正在识别第 %1/%2 页…</source>
        <translation>Recognising page %1 of %2…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>督办</source>
        <translation>Duban</translation>
    </message>
    <message>
        <source>切换视图（Ctrl+1 至 Ctrl+7）</source>
        <translation>Switch views (Ctrl+1 to Ctrl+7)</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <source>欠进度</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>达进度</source>
        <translation>On pace</translation>
    </message>
    <message>
        <source>超进度</source>
        <translation>Ahead</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>记录进展</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>完成进度：</source>
        <translation>Percent done:</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>进展情况：</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>本期完成了哪些工作、存在什么问题、下一步打算</source>
        <translation>What was done, what problems remain, what comes next</translation>
    </message>
    <message>
        <source>填报人：</source>
        <translation>Reported by:</translation>
    </message>
    <message>
        <source>填报单位：</source>
        <translation>Reporting unit:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>审核提取结果</source>
        <translation>Review extracted tasks</translation>
    </message>
    <message>
        <source>新版本中已不存在的任务；接受后将从数据库中移除</source>
        <translation>Tasks no longer in the new version; accepting removes them from the database</translation>
    </message>
    <message>
        <source>剔除所选(&amp;D)</source>
        <translation>Drop selected (&amp;D)</translation>
    </message>
    <message>
        <source>从本次导入中去掉所选任务（Delete）</source>
        <translation>Leave the selected tasks out of this import (Delete)</translation>
    </message>
    <message>
        <source>放弃导入(&amp;R)</source>
        <translation>Reject import (&amp;R)</translation>
    </message>
    <message>
        <source>接受所选(&amp;S)</source>
        <translation>Accept selected (&amp;S)</translation>
    </message>
    <message>
        <source>全部接受(&amp;A)</source>
        <translation>Accept all (&amp;A)</translation>
    </message>
</context>
<context>
    <name>ScorePage</name>
    <message>
        <source>考评期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>截至：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>按审计记录还原到这一天的状态计算（留空 = 期末）</source>
        <translation>Computed from the audit trail as it stood on this day (empty = the period's end)</translation>
    </message>
    <message>
        <source>计算</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>评分规则…</source>
        <translation>Scoring rule…</translation>
    </message>
    <message>
        <source>发布…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>保存本次排名及其评分规则，之后可随时重现</source>
        <translation>Keeps this ranking with its rule, so it can be reproduced later</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>已发布：</source>
        <translation>Published:</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>应完成</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>按时完成</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>按时完成率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>逾期任务</source>
        <translation>Overdue tasks</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>应签收</source>
        <translation>To sign</translation>
    </message>
    <message>
        <source>按时签收</source>
        <translation>Signed on time</translation>
    </message>
    <message>
        <source>签收及时率</source>
        <translation>Signing rate</translation>
    </message>
    <message>
        <source>报送进展任务</source>
        <translation>Tasks reported</translation>
    </message>
    <message>
        <source>进展报送次数</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Chase</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>得分项</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>系统钥匙串没有应答</source>
        <translation>The system keyring did not answer</translation>
    </message>
    <message>
        <source>密码未记住：系统钥匙串不可用（%1），下次连接时请重新输入密码</source>
        <translation>Password not remembered: the system keyring is not available (%1); enter the password again next time</translation>
    </message>
</context>
<context>
    <name>SignFlag</name>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>%1 %2 交办，%3 个工作日内未签收</source>
        <translation>%1 assigned on %2, not acknowledged within %3 working days</translation>
    </message>
    <message>
        <source>（%1 签收）</source>
        <translation> (acknowledged on %1)</translation>
    </message>
    <message>
        <source>签收超时：%1</source>
        <translation>Acknowledged late: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>SourceDocument</name>
    <message>
        <source>第%1行</source>
        <translation>line %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Suspended</translation>
    </message>
</context>
<context>
    <name>StoreAccess</name>
    <message>
        <source>%1（已有 %2 条进展）</source>
        <translation>%1 (has %2 progress updates)</translation>
    </message>
    <message>
        <source>督办员</source>
        <translation>supervisor</translation>
    </message>
</context>
<context>
    <name>TaskColumn</name>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Co-units</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Due state</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation>As printed: %1</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>逾期/剩余</source>
        <translation>Overdue/left</translation>
    </message>
    <message>
        <source>序时进度</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <source>工作目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩 %1 天</source>
        <translation>%1 days left</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>任务名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Co-units</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>记录进展</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>撤销进展</source>
        <translation>Progress removed</translation>
    </message>
    <message>
        <source>新建任务：%1</source>
        <translation>New task: %1</translation>
    </message>
    <message>
        <source>撤销任务：%1</source>
        <translation>Cancel task: %1</translation>
    </message>
    <message>
        <source>删除任务：%1</source>
        <translation>Delete task: %1</translation>
    </message>
    <message>
        <source>%1（在 Duban 之外修改）</source>
        <translation>%1 (changed outside Duban)</translation>
    </message>
</context>
<context>
    <name>WarningPalette</name>
    <message>
        <source>默认：逾期红、临期黄（7 天内）、正常绿</source>
        <translation>Default: overdue red, due soon (7 days) yellow, on track green</translation>
    </message>
    <message>
        <source>3 天内黄色、逾期红色</source>
        <translation>Yellow within 3 days, red when overdue</translation>
    </message>
    <message>
        <source>临近截止蓝色、欠进度黄色、逾期红色</source>
        <translation>Near the deadline blue, behind pace yellow, overdue red</translation>
    </message>
    <message>
        <source>四色阶梯：正常绿、临期黄（14 天内）、欠进度橙、逾期深红</source>
        <translation>Four-step ladder: on track green, due soon (14 days) yellow, behind pace orange, overdue dark red</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>交办</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Chase</translation>
    </message>
    <message>
        <source>延期申请</source>
        <translation>Extension request</translation>
    </message>
    <message>
        <source>同意延期</source>
        <translation>Extension approved</translation>
    </message>
    <message>
        <source>不同意延期</source>
        <translation>Extension refused</translation>
    </message>
    <message>
        <source>办结申请</source>
        <translation>Completion claim</translation>
    </message>
    <message>
        <source>复核通过</source>
        <translation>Review accepted</translation>
    </message>
    <message>
        <source>复核退回</source>
        <translation>Review returned</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Strike off</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>未知命令: %1
</source>
        <translation>Unknown command: %1
</translation>
    </message>
    <message>
        <source>环境变量 DUBAN_TODAY 的日期“%1”无效，应为 YYYY-MM-DD
</source>
        <translation>Invalid date "%1" in DUBAN_TODAY: use YYYY-MM-DD
</translation>
    </message>
</context>
<context>
    <name>duban</name>
    <message>
        <source>任务 %1（%2）：%3</source>
        <translation>Task %1 (%2): %3</translation>
    </message>
    <message>
        <source>标题不能为空</source>
        <translation>The title must not be empty</translation>
    </message>
    <message>
        <source>日期“%1”无效，应为 YYYY-MM-DD</source>
        <translation>Invalid date "%1": use YYYY-MM-DD</translation>
    </message>
    <message>
        <source>未知的状态“%1”</source>
        <translation>Unknown status "%1"</translation>
    </message>
    <message>
        <source>进度“%1”应为 0 到 100 之间的整数</source>
        <translation>Percent "%1" must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>未知字段</source>
        <translation>Unknown field</translation>
    </message>
    <message>
        <source>数据库 %1 中没有编号为 %2 的单位</source>
        <translation>Database %1 has no unit with ID %2</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>第%1等%2项任务</source>
        <translation>tasks %1 and others, %2 in all</translation>
    </message>
    <message>
        <source>第%1号任务</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>截至%1，纳入本期督查的重点任务共%2项。其中，已办结%3项，占%4；超进度%5项，占%6；达进度%7项，占%8；欠进度%9项，占%10；逾期%11项，占%12</source>
        <translation>As of %1, this issue covers %2 key tasks: %3 done (%4); %5 ahead of schedule (%6); %7 on schedule (%8); %9 behind schedule (%10); %11 overdue (%12)</translation>
    </message>
    <message>
        <source>；无明确时限（长期推进）%1项</source>
        <translation>; %1 without a deadline (ongoing)</translation>
    </message>
    <message>
        <source>；暂缓%1项</source>
        <translation>; %1 suspended</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>本期</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>上期</source>
        <translation>Last period</translation>
    </message>
    <message>
        <source>增减</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>任务总数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>个百分点</source>
        <translation> percentage points</translation>
    </message>
    <message>
        <source>本期无逾期或欠进度任务。</source>
        <translation>No task is overdue or behind schedule.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>以下%1个单位有逾期或欠进度任务，请抓紧推进：%2。</source>
        <translation>These %1 units have overdue or lagging tasks and must speed up: %2.</translation>
    </message>
    <message>
        <source>第%1期</source>
        <translation>Issue %1</translation>
    </message>
    <message>
        <source>关于%1重点任务推进情况的通报</source>
        <translation>Progress of key tasks, %1</translation>
    </message>
    <message>
        <source>%1、%2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>总体情况</source>
        <translation>Overall situation</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>工作要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>各单位推进情况</source>
        <translation>Progress by unit</translation>
    </message>
    <message>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>欠进度</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>本期没有纳入督查的任务。</source>
        <translation>No tasks in this report.</translation>
    </message>
    <message>
        <source>逾期任务清单（%1项）</source>
        <translation>Overdue tasks (%1)</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>最新进展</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <source>未报送进展</source>
        <translation>No progress reported</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>无。</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>近期到期任务（%1至%2，%3项）</source>
        <translation>Tasks due %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>本期办结任务（%1项）</source>
        <translation>Tasks completed in this period (%1)</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>本期进展情况（%1条）</source>
        <translation>Progress reports in this period (%1)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>%1（%2%）</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>%1月%2日</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>正常推进</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>督查周报</source>
        <translation>Weekly Supervision Report</translation>
    </message>
    <message>
        <source>报告期间无效</source>
        <translation>The report period is not valid</translation>
    </message>
    <message>
        <source>数据库中没有编号为 %1 的文件</source>
        <translation>The database has no directive %1</translation>
    </message>
    <message>
        <source>未知单位“%1”</source>
        <translation>Unknown unit “%1”</translation>
    </message>
    <message>
        <source>（未明确牵头单位）</source>
        <translation>(no lead unit)</translation>
    </message>
    <message>
        <source>未定牵头单位</source>
        <translation>No lead unit</translation>
    </message>
    <message>
        <source>按原比例分页</source>
        <translation>At scale, across pages</translation>
    </message>
    <message>
        <source>适合页高（横向分页）</source>
        <translation>Fit to page height (pages across)</translation>
    </message>
    <message>
        <source>缩放到一页</source>
        <translation>Fit to one page</translation>
    </message>
    <message>
        <source>无法开始打印：打印机或文件不可用</source>
        <translation>Cannot start printing: the printer or file is not available</translation>
    </message>
    <message>
        <source>无法换页</source>
        <translation>Cannot start a new page</translation>
    </message>
    <message>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>%1 是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入</source>
        <translation>%1 is an old Excel file (.xls); save it as .xlsx in Excel or WPS, then import it</translation>
    </message>
    <message>
        <source>%1 不是有效的 Excel 文件（.xlsx），可能已损坏或不完整：%2</source>
        <translation>%1 is not a valid Excel file (.xlsx); it may be damaged or incomplete: %2</translation>
    </message>
    <message>
        <source>找不到文件 %1</source>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <source>缺少工作簿 xl/workbook.xml</source>
        <translation>the workbook xl/workbook.xml is missing</translation>
    </message>
    <message>
        <source>缺少工作簿关系 xl/_rels/workbook.xml.rels</source>
        <translation>the workbook relationships xl/_rels/workbook.xml.rels are missing</translation>
    </message>
    <message>
        <source>工作表“%1”无法读取</source>
        <translation>worksheet “%1” cannot be read</translation>
    </message>
    <message>
        <source>工作表“%1”：%2</source>
        <translation>worksheet “%1”: %2</translation>
    </message>
    <message>
        <source>没有工作表</source>
        <translation>no worksheets</translation>
    </message>
    <message>
        <source>第 %1 行：没有编号为 %2 的任务</source>
        <translation>Row %1: no task with ID %2</translation>
    </message>
    <message>
        <source>第 %1 行：任务 %2 已被新版文件撤销</source>
        <translation>Row %1: task %2 was dropped by a later version of its directive</translation>
    </message>
    <message>
        <source>第 %1 行：任务 %2 不属于本单位</source>
        <translation>Row %1: task %2 is not this unit's</translation>
    </message>
    <message>
        <source>第 %1 行：进度“%2”应为 0 到 100 之间的整数</source>
        <translation>Row %1: percent “%2” must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>%1 不是普通文件（文件夹、设备或管道），无法导入</source>
        <translation>%1 is not a regular file (a folder, device or pipe) and cannot be imported</translation>
    </message>
    <message>
        <source>%1 含有文档类型声明（DOCTYPE），Excel 文件不应含有，可能是恶意构造的文件，已拒绝读取</source>
        <translation>%1 contains a document type declaration (DOCTYPE), which Excel files never have; it may be a crafted file and was refused</translation>
    </message>
    <message>
        <source>%1 解压后过大（单个部分超过 %2 MB 或合计超过 %3 MB），疑似压缩炸弹，已拒绝读取</source>
        <translation>%1 inflates too far (one part over %2 MB or %3 MB in all), which looks like a zip bomb; it was not read</translation>
    </message>
    <message>
        <source>工作表“%1”与另一工作表指向同一内容</source>
        <translation>Sheet "%1" points at the same part as another sheet</translation>
    </message>
    <message>
        <source>“%1”没有文字层（多为扫描件或图片）：读到的只有 %2 个字。需要先做文字识别（OCR），才能从中提取任务。</source>
        <translation>"%1" has no text layer (most likely a scan or an image): only %2 characters were read. It needs text recognition (OCR) before tasks can be extracted.</translation>
    </message>
    <message>
        <source>“%1”是空的：没有读到任何文字。</source>
        <translation>"%1" is empty: no text was read.</translation>
    </message>
    <message>
        <source>读取了“%1”的 %2 行正文（%3 字），但没有找到写明责任单位的条款，如“（责任单位：市财政局）”或“（市发改委牵头，市财政局配合）”。可以对照正文手工新建任务。</source>
        <translation>Read %2 lines (%3 characters) of "%1" but found no clause naming responsible units, such as "（责任单位：市财政局）" or "（市发改委牵头，市财政局配合）". You can create tasks by hand from the text.</translation>
    </message>
    <message>
        <source>。本期办结%1项，报送进展%2条；%3项任务将在%4日内（%5前）到期。</source>
        <translation>. %1 tasks completed and %2 progress notes reported this period; %3 tasks fall due within %4 days (by %5).</translation>
    </message>
    <message>
        <source>（口径：逾期指已过完成时限仍未办结；欠进度指未逾期、完成进度低于序时进度%1个百分点以上。）</source>
        <translation> (Definitions: overdue = past the deadline and not done; behind = not overdue, percent done more than %1 points below the time elapsed.)</translation>
    </message>
    <message>
        <source>%1日内到期</source>
        <translation>Due within %1 days</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>手工录入</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>手工录入的任务</source>
        <translation>Tasks entered by hand</translation>
    </message>
    <message>
        <source>%1 不是督办导出的单位反馈表（缺少隐藏的标记工作表“%2”）。请用“导出单位反馈表”生成表格，填写后原样交回。</source>
        <translation>%1 is not a unit feedback sheet exported by Duban (the hidden marker sheet “%2” is missing). Create sheets with “Export unit feedback sheets”, fill them in and send them back as they are.</translation>
    </message>
    <message>
        <source>%1 由较新版本的督办导出，请升级本程序后再导入</source>
        <translation>%1 was exported by a newer Duban; upgrade this program to import it</translation>
    </message>
    <message>
        <source>%1 是“%2”的反馈表，但数据库中没有这个单位</source>
        <translation>%1 is the feedback sheet of “%2”, but the database has no such unit</translation>
    </message>
    <message>
        <source>%1 中找不到含“%2”的表头行</source>
        <translation>No header row with “%2” found in %1</translation>
    </message>
    <message>
        <source>%1 的表头中缺少“%2”列</source>
        <translation>The header of %1 has no “%2” column</translation>
    </message>
    <message>
        <source>缺少任务编号</source>
        <translation>Task ID missing</translation>
    </message>
    <message>
        <source>任务编号“%1”无效</source>
        <translation>Invalid task ID "%1"</translation>
    </message>
    <message>
        <source>数据库中没有编号为 %1 的任务</source>
        <translation>The database has no task with ID %1</translation>
    </message>
    <message>
        <source>任务已被新版文件撤销</source>
        <translation>The task was dropped by a later version of its directive</translation>
    </message>
    <message>
        <source>任务不属于%1（牵头单位：%2）</source>
        <translation>The task does not belong to %1 (lead units: %2)</translation>
    </message>
    <message>
        <source>任务 %1 已在第 %2 行填报</source>
        <translation>Task %1 was already reported on row %2</translation>
    </message>
    <message>
        <source>完成进度“%1”应为 0 到 100 之间的整数</source>
        <translation>Percent done “%1” must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>未知的状态“%1”，应为 %2 之一</source>
        <translation>Unknown status “%1”; use one of %2</translation>
    </message>
    <message>
        <source>填报日期“%1”无法识别，应写成 2022-10-15 这样的日期</source>
        <translation>Report date “%1” not understood; write a date like 2022-10-15</translation>
    </message>
    <message>
        <source>新增进展</source>
        <translation>new progress note</translation>
    </message>
    <message>
        <source>进展已导入过</source>
        <translation>note imported before</translation>
    </message>
    <message>
        <source>进度 %1% → %2%</source>
        <translation>percent %1% → %2%</translation>
    </message>
    <message>
        <source>状态 %1 → %2</source>
        <translation>status %1 → %2</translation>
    </message>
    <message>
        <source>与现有记录相同，不导入</source>
        <translation>Same as recorded; not imported</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>反馈表</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>请从下拉列表中选择状态</source>
        <translation>Choose a status from the list</translation>
    </message>
    <message>
        <source>完成进度（%）</source>
        <translation>Percent done (%)</translation>
    </message>
    <message>
        <source>请填写 0 到 100 之间的整数</source>
        <translation>Enter a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>%1_反馈表_%2.xlsx</source>
        <translation>%1_feedback_%2.xlsx</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>数据库中没有编号为 %1 的单位</source>
        <translation>The database has no unit with ID %1</translation>
    </message>
    <message>
        <source>无法创建文件 %1</source>
        <translation>Cannot create file %1</translation>
    </message>
    <message>
        <source>无法为单位“%1”创建工作表“%2”</source>
        <translation>Cannot create the sheet "%2" for the unit "%1"</translation>
    </message>
    <message>
        <source>%1 重点任务进展反馈表</source>
        <translation>%1 key task progress feedback sheet</translation>
    </message>
    <message>
        <source>填报单位：%1　　导出日期：%2　　共 %3 项任务</source>
        <translation>Unit: %1    Exported: %2    %3 tasks</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>配合</source>
        <translation>Co-unit</translation>
    </message>
    <message>
        <source>无法写入文件 %1：%2</source>
        <translation>Cannot write file %1: %2</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1</source>
        <translation>Cannot create folder %1</translation>
    </message>
    <message>
        <source>%1_编号%2</source>
        <translation>%1_no%2</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>工作目标</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>最新更新</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>Database file does not exist: %1</translation>
    </message>
    <message>
        <source>%1 不是文件</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>无权读取数据库文件 %1</source>
        <translation>No permission to read database file %1</translation>
    </message>
    <message>
        <source>%1 不是 SQLite 数据库文件，未做任何修改</source>
        <translation>%1 is not an SQLite database file; nothing was changed</translation>
    </message>
    <message>
        <source>数据库 %1 位于网络文件系统（%2）上。SQLite 的预写日志（WAL）在网络文件系统上无法可靠加锁，多人同时修改会损坏数据库，因此拒绝打开。请把数据库复制到本机磁盘后再打开。</source>
        <translation>The database %1 is on a network filesystem (%2). SQLite's write-ahead log cannot lock reliably there, and people editing at the same time would corrupt the database, so it was not opened. Copy the database to a local disk and open it there.</translation>
    </message>
    <message>
        <source>数据库文件 %1 是只读的，无法写入（可用只读命令查看，或修改文件权限）</source>
        <translation>Database file %1 is read-only and cannot be written (use read-only commands, or change the file permissions)</translation>
    </message>
    <message>
        <source>数据库所在目录 %1 不可写</source>
        <translation>The database folder %1 is not writable</translation>
    </message>
    <message>
        <source>%1 是单机数据库文件：角色和登录用户只在数据库服务器（postgresql://…）上使用</source>
        <translation>%1 is a single-desk database file: roles and logins exist only on a database server (postgresql://…)</translation>
    </message>
    <message>
        <source>数据库 %1 中没有编号为 %2 的任务</source>
        <translation>Database %1 has no task with ID %2</translation>
    </message>
    <message>
        <source>其他用户</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1（数据库用户 %2）</source>
        <translation>%1 (database user %2)</translation>
    </message>
    <message>
        <source>任务 %1 已被 %2 于 %3 修改（现为第 %4 版，这次修改基于第 %5 版），未保存这一修改。请查看最新内容后再改。</source>
        <translation>Task %1 was changed by %2 at %3 (now version %4; this change was based on version %5), so this change was not saved. Look at the current values and change them again.</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Chase</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>督办通知单</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <source>催办单</source>
        <translation>Chaser notice</translation>
    </message>
    <message>
        <source>督办〔%1〕%2号</source>
        <translation>Duban [%1] No. %2</translation>
    </message>
    <message>
        <source>本任务</source>
        <translation>The task</translation>
    </message>
    <message>
        <source>任务已撤销，不能再%1</source>
        <translation>The task is cancelled; %1 is no longer possible</translation>
    </message>
    <message>
        <source>任务已销号，不能再%1</source>
        <translation>The task is struck off; %1 is no longer possible</translation>
    </message>
    <message>
        <source>没有待审批的延期申请，不能%1</source>
        <translation>No extension request is pending; cannot %1</translation>
    </message>
    <message>
        <source>没有待复核的办结申请，不能%1</source>
        <translation>No completion claim awaits review; cannot %1</translation>
    </message>
    <message>
        <source>%1所答复的申请（事件 %2）不是待处理的那一件（事件 %3）</source>
        <translation>%1 answers request (event %2), not the pending one (event %3)</translation>
    </message>
    <message>
        <source>%1必须写明理由</source>
        <translation>%1 needs a reason</translation>
    </message>
    <message>
        <source>%1已于 %2 交办</source>
        <translation>%1 was assigned on %2</translation>
    </message>
    <message>
        <source>%1已于 %2 签收，不能重复签收</source>
        <translation>%1 signed on %2 already; cannot sign twice</translation>
    </message>
    <message>
        <source>催办级别应为 1（提醒）、2（催办）或 3（通报）</source>
        <translation>The chase level must be 1 (reminder), 2 (chase) or 3 (public notice)</translation>
    </message>
    <message>
        <source>任务已暂缓，不能催办</source>
        <translation>The task is suspended; it cannot be chased</translation>
    </message>
    <message>
        <source>任务已办结，不能催办</source>
        <translation>The task is done; it cannot be chased</translation>
    </message>
    <message>
        <source>已有待审批的延期申请（事件 %1），请先审批</source>
        <translation>An extension request (event %1) is pending; decide it first</translation>
    </message>
    <message>
        <source>延期申请必须写明申请延至的日期</source>
        <translation>An extension request needs the date asked for</translation>
    </message>
    <message>
        <source>申请延至 %1，不晚于现在的完成时限 %2</source>
        <translation>Asked for %1, not later than the current deadline %2</translation>
    </message>
    <message>
        <source>同意延期必须写明延至的日期</source>
        <translation>An approved extension needs the date granted</translation>
    </message>
    <message>
        <source>延至 %1，不晚于现在的完成时限 %2</source>
        <translation>%1 is not later than the current deadline %2</translation>
    </message>
    <message>
        <source>已有待复核的办结申请（事件 %1）</source>
        <translation>A completion claim (event %1) awaits review</translation>
    </message>
    <message>
        <source>办结申请已复核通过，待销号</source>
        <translation>The completion claim was accepted; awaiting strike-off</translation>
    </message>
    <message>
        <source>办结申请尚未复核，不能销号</source>
        <translation>The completion claim is not reviewed yet; cannot strike off</translation>
    </message>
    <message>
        <source>没有复核通过的办结申请，不能销号</source>
        <translation>No accepted completion claim; cannot strike off</translation>
    </message>
    <message>
        <source>任务已暂缓</source>
        <translation>The task is suspended</translation>
    </message>
    <message>
        <source>任务没有暂缓，无需恢复</source>
        <translation>The task is not suspended; nothing to resume</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>签收“%1”应填“是”或签收日期</source>
        <translation>Sign “%1” should be “是” (yes) or the day signed</translation>
    </message>
    <message>
        <source>申请办结“%1”应填“是”或留空</source>
        <translation>Claim done “%1” should be “是” (yes) or empty</translation>
    </message>
    <message>
        <source>已于 %1 签收</source>
        <translation>signed on %1</translation>
    </message>
    <message>
        <source>办结申请已提交</source>
        <translation>completion claim already made</translation>
    </message>
    <message>
        <source>签收</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>申请办结</source>
        <translation>Claim done</translation>
    </message>
    <message>
        <source>与现有记录相同，不导入（%1）</source>
        <translation>Same as recorded, not imported (%1)</translation>
    </message>
    <message>
        <source>签收 / 申请办结</source>
        <translation>Sign / claim done</translation>
    </message>
    <message>
        <source>请填“是”，或留空</source>
        <translation>Enter “是” (yes), or leave empty</translation>
    </message>
    <message>
        <source>填报说明：请在右侧浅色列填写进展情况、完成进度（0–100 的整数）、状态、填报人和填报日期；收到任务请在“签收”列填“是”，已完成请在“申请办结”列填“是”并在进展情况中说明；不要修改任务编号，不要删除隐藏的工作表。</source>
        <translation>How to fill in: write progress, percent done (a whole number 0–100), status, reporter and date in the light columns on the right; write “是” under Sign on receiving a task, and “是” under Claim done when it is finished, explained under progress; do not change task IDs or delete the hidden sheet.</translation>
    </message>
    <message>
        <source>牵头单位：%1</source>
        <translation>Lead units: %1</translation>
    </message>
    <message>
        <source>责任单位：%1</source>
        <translation>Responsible units: %1</translation>
    </message>
    <message>
        <source>完成时限：%1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>Directive: %1</translation>
    </message>
    <message>
        <source>状态：%1，进度 %2%</source>
        <translation>Status: %1, %2% done</translation>
    </message>
    <message>
        <source>督办任务期限</source>
        <translation>Duban task deadlines</translation>
    </message>
    <message>
        <source>【到期】%1</source>
        <translation>[Due] %1</translation>
    </message>
    <message>
        <source>明日到期：%1</source>
        <translation>Due tomorrow: %1</translation>
    </message>
    <message>
        <source>评分规则</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>按时完成率权重（分）</source>
        <translation>On-time rate weight (points)</translation>
    </message>
    <message>
        <source>签收及时率权重（分）</source>
        <translation>Signing rate weight (points)</translation>
    </message>
    <message>
        <source>进展报送率权重（分）</source>
        <translation>Reporting rate weight (points)</translation>
    </message>
    <message>
        <source>每项逾期任务扣分</source>
        <translation>Deduction per overdue task</translation>
    </message>
    <message>
        <source>每逾期一天扣分</source>
        <translation>Deduction per overdue day</translation>
    </message>
    <message>
        <source>签收时限（工作日）</source>
        <translation>Signing limit (working days)</translation>
    </message>
    <message>
        <source>计入配合单位（1 是，0 否）</source>
        <translation>Co units counted (1 yes, 0 no)</translation>
    </message>
    <message>
        <source>考评排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>考评结果：%1 至 %2（截至 %3）</source>
        <translation>Assessment: %1 to %2 (as of %3)</translation>
    </message>
    <message>
        <source>你单位承办的以下 %1 项任务临近或已过完成时限，请抓紧推进，并于 %2 前将办理进展反馈我室。</source>
        <translation>The %1 tasks below of your unit are near or past their deadlines. Please speed them up and report progress to this office by %2.</translation>
    </message>
    <message>
        <source>经督查，你单位承办的以下 %1 项任务经催办后仍未按期办结，现予通报督办。请认真分析原因，制定整改措施，于 %2 前将办理情况及整改措施书面报送我室。</source>
        <translation>After chasing, the %1 tasks below of your unit are still not done on time and are hereby publicly notified. Please analyse the causes, set corrective measures and report them in writing to this office by %2.</translation>
    </message>
    <message>
        <source>你单位承办的以下 %1 项任务已逾期或进度滞后，请高度重视，倒排工期，于 %2 前将办理情况及下一步措施书面反馈我室。</source>
        <translation>The %1 tasks below of your unit are overdue or behind pace. Please give them priority, plan back from the deadline and report progress and next steps in writing to this office by %2.</translation>
    </message>
    <message>
        <source>（原定 %1）</source>
        <translation> (originally %1)</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>进度滞后</source>
        <translation>Behind pace</translation>
    </message>
    <message>
        <source>%1，请于 %2 前反馈</source>
        <translation>%1, reply by %2</translation>
    </message>
    <message>
        <source>督查室</source>
        <translation>Supervision office</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>任务编号</source>
        <translation>Task ID</translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation>State</translation>
    </message>
    <message>
        <source>反馈时限：</source>
        <translation>Reply by:</translation>
    </message>
    <message>
        <source>（延期的任务按原定完成时限评判。）</source>
        <translation>(Extended tasks are judged by their original deadlines.)</translation>
    </message>
    <message>
        <source>本期没有参加考评的单位。</source>
        <translation>No unit is assessed in this period.</translation>
    </message>
    <message>
        <source>修改必须注明修改人</source>
        <translation>An edit must name who made it</translation>
    </message>
    <message>
        <source>修改与期望值的数目不一致</source>
        <translation>The number of edits and expected values differ</translation>
    </message>
    <message>
        <source>任务 %1 的“%2”已被其他窗口、命令行或反馈表导入改为“%3”，未覆盖这一修改。</source>
        <translation>Task %1: "%2" was changed to "%3" meanwhile by another window, the command line or a feedback import; that change was not overwritten.</translation>
    </message>
    <message>
        <source>考评期间无效：起止日期须有效且起始不晚于截止</source>
        <translation>Invalid period: both dates must be valid and the first not after the last</translation>
    </message>
    <message>
        <source>数据库 %1 中没有编号为 %2 的进展</source>
        <translation>Database %1 has no progress update with ID %2</translation>
    </message>
    <message>
        <source>%1不是任务 %2 的牵头或配合单位</source>
        <translation>%1 is not a lead or co-unit of task %2</translation>
    </message>
    <message>
        <source>任务 %1：%2</source>
        <translation>Task %1: %2</translation>
    </message>
    <message>
        <source>数据库 %1 中没有编号为 %2 的督办事件</source>
        <translation>Database %1 has no workflow event %2</translation>
    </message>
    <message>
        <source>任务 %1 在“%2”之后又记录了“%3”，不能撤回这一步</source>
        <translation>Task %1 recorded “%3” after “%2”; this step cannot be taken back</translation>
    </message>
    <message>
        <source>任务 %1 的%2已被改动，不能撤回“%3”</source>
        <translation>The %2 of task %1 was changed since; “%3” cannot be taken back</translation>
    </message>
    <message>
        <source>撤销状态</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>无权修改此任务（非本单位任务）：任务 %1</source>
        <translation>You may not change this task (not your unit's): task %1</translation>
    </message>
    <message>
        <source>按原定完成时限计算，截至%1。评分规则：按时完成率%2分、签收及时率%3分、进展报送率%4分；逾期任务每项扣%5分、每逾期一天扣%6分；%7、%8、%9每次分别扣%10、%11、%12分。</source>
        <translation>By the original deadlines, as of %1. Rule: on-time rate %2 points, signing rate %3, reporting rate %4; %5 off per overdue task and %6 per overdue day; %10, %11 and %12 off per %7, %8 and %9.</translation>
    </message>
    <message>
        <source>无法为新任务分配编号</source>
        <translation>Could not allocate ids for the new tasks</translation>
    </message>
    <message>
        <source>每次%1扣分</source>
        <translation>Deduction per %1</translation>
    </message>
</context>
<context>
    <name>duban::BackgroundLoad</name>
    <message>
        <source>正在读取数据…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>duban::ChaseNoticeDialog</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1_%2.pdf</source>
        <translation>%1_%2.pdf</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>进度滞后</source>
        <translation>Behind pace</translation>
    </message>
    <message>
        <source>进度 %1%</source>
        <translation>Progress %1%</translation>
    </message>
    <message>
        <source>%1　%2（%3）</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>通知单已生成，但未能登记为已发出：%1</source>
        <translation>The notice was written but could not be recorded as sent: %1</translation>
    </message>
    <message>
        <source>%1 %2 已登记为已发出（%3 项任务）</source>
        <translation>%1 %2 recorded as sent (%3 tasks)</translation>
    </message>
    <message>
        <source>请至少勾选一项任务</source>
        <translation>Tick at least one task</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>duban::ConnectServerDialog</name>
    <message>
        <source>记住密码（保存在系统钥匙串中）</source>
        <translation>Remember password (kept in the system keyring)</translation>
    </message>
    <message>
        <source>连接服务器</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>（新的服务器）</source>
        <translation>(new server)</translation>
    </message>
    <message>
        <source>主机名、IP 地址，或套接字目录（如 /run/postgresql）</source>
        <translation>Host name, IP address, or socket directory (such as /run/postgresql)</translation>
    </message>
    <message>
        <source>最近连接：</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写数据库名和用户名</source>
        <translation>Enter the database name and the user name</translation>
    </message>
</context>
<context>
    <name>duban::DateDelegate</name>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>duban::DateField</name>
    <message>
        <source>年-月-日</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>可输入 2024-06-30、2024/6/30、20240630 或 2024年6月30日；Alt+↓ 打开日历</source>
        <translation>Type 2024-06-30, 2024/6/30, 20240630 or 2024年6月30日; Alt+Down opens a calendar</translation>
    </message>
    <message>
        <source>选择日期（Alt+↓）</source>
        <translation>Pick a date (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>duban::EventDialog</name>
    <message>
        <source>交办…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>签收…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>催办…</source>
        <translation>Chase…</translation>
    </message>
    <message>
        <source>延期申请…</source>
        <translation>Request extension…</translation>
    </message>
    <message>
        <source>审批延期…</source>
        <translation>Decide extension…</translation>
    </message>
    <message>
        <source>办结申请…</source>
        <translation>Claim done…</translation>
    </message>
    <message>
        <source>复核办结…</source>
        <translation>Review completion…</translation>
    </message>
    <message>
        <source>销号…</source>
        <translation>Strike off…</translation>
    </message>
    <message>
        <source>暂缓…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <source>恢复办理…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <source>撤销（督办）…</source>
        <translation>Cancel (workflow)…</translation>
    </message>
    <message>
        <source>任务：%1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>（全部单位）</source>
        <translation>(all units)</translation>
    </message>
    <message>
        <source>复核通过</source>
        <translation>Review accepted</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>申请延至：</source>
        <translation>Asked for:</translation>
    </message>
    <message>
        <source>同意延至：</source>
        <translation>Granted to:</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 %2申请延至 %3</source>
        <translation>%1 %2 asked for %3</translation>
    </message>
    <message>
        <source>%1 %2申请办结</source>
        <translation>%1 %2 claimed done</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>请按 2024-06-30 或 2024年6月30日 的样式填写日期。</source>
        <translation>Write the date like 2024-06-30 or 2024年6月30日.</translation>
    </message>
    <message>
        <source>请填写延至的日期。</source>
        <translation>Enter the date to extend to.</translation>
    </message>
    <message>
        <source>请写明理由。</source>
        <translation>Give a reason.</translation>
    </message>
</context>
<context>
    <name>duban::FeedbackDialog</name>
    <message>
        <source>单位反馈表</source>
        <translation>Unit feedback sheets</translation>
    </message>
    <message>
        <source>导出给单位</source>
        <translation>Export for units</translation>
    </message>
    <message>
        <source>导入交回的表</source>
        <translation>Import returned sheets</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>全部单位（每个单位一个文件）</source>
        <translation>All units (one file each)</translation>
    </message>
    <message>
        <source>%1（%2 项任务）</source>
        <translation>%1 (%2 tasks)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>保存到文件夹：</source>
        <translation>Save to folder:</translation>
    </message>
    <message>
        <source>每个单位一个 Excel 文件，文件名含单位名称和导出日期。表中列出该单位牵头或配合的任务，右侧浅色列（进展情况、完成进度、状态、填报人、填报日期）由单位填写后交回。</source>
        <translation>One Excel file per unit, named with the unit and the export date. It lists the unit's tasks (lead or co-unit); the unit fills in the light columns (progress, percent, status, name, date) and sends it back.</translation>
    </message>
    <message>
        <source>导出(&amp;X)</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>选择单位交回的反馈表（.xlsx）</source>
        <translation>Choose a feedback sheet a unit sent back (.xlsx)</translation>
    </message>
    <message>
        <source>选择反馈表(&amp;O)…</source>
        <translation>&amp;Open sheet…</translation>
    </message>
    <message>
        <source>导入前先预览：通过检查的行才会写入，有问题的行列出行号和原因。</source>
        <translation>Preview first: only rows that pass the checks are written; problem rows are listed with row number and reason.</translation>
    </message>
    <message>
        <source>确认导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>保存反馈表的文件夹</source>
        <translation>Folder for feedback sheets</translation>
    </message>
    <message>
        <source>导入单位反馈表</source>
        <translation>Import unit feedback sheet</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>请选择保存反馈表的文件夹</source>
        <translation>Choose a folder for the feedback sheets</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1</source>
        <translation>Cannot create folder %1</translation>
    </message>
    <message>
        <source>已导出 %1 个反馈表到 &lt;a href="%2"&gt;%3&lt;/a&gt;</source>
        <translation>Exported %1 feedback sheets to &lt;a href="%2"&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1的反馈表（导出于 %2）：可导入 %3 行，不变 %4 行，拒绝 %5 行。%6</source>
        <translation>Feedback sheet of %1 (exported %2): %3 rows to import, %4 unchanged, %5 refused. %6</translation>
    </message>
    <message>
        <source>表中没有填写内容。</source>
        <translation>Nothing has been filled in.</translation>
    </message>
    <message>
        <source>确认后写入通过检查的行。</source>
        <translation>Confirm to write the rows that passed.</translation>
    </message>
    <message>
        <source>没有可导入的行。</source>
        <translation>No rows to import.</translation>
    </message>
    <message>
        <source>导入失败，数据库未作任何修改：%1</source>
        <translation>Import failed; the database is unchanged: %1</translation>
    </message>
    <message>
        <source>已导入%1的反馈：新增进展 %2 条，进度变更 %3 项，状态变更 %4 项。</source>
        <translation>Imported the feedback of %1: %2 progress notes, %3 percent changes, %4 status changes.</translation>
    </message>
</context>
<context>
    <name>duban::FeedbackPreviewModel</name>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>任务编号</source>
        <translation>Task ID</translation>
    </message>
    <message>
        <source>重点任务</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>变化或原因</source>
        <translation>Change or reason</translation>
    </message>
</context>
<context>
    <name>duban::GanttChart</name>
    <message>
        <source>没有任务。导入文件后，任务会按时间显示在这里。</source>
        <translation>No tasks. Once directives are imported, their tasks appear here on a timeline.</translation>
    </message>
</context>
<context>
    <name>duban::GanttModel</name>
    <message>
        <source>%1（%2 项）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>duban::GanttPage</name>
    <message>
        <source>按文件分组</source>
        <translation>By directive</translation>
    </message>
    <message>
        <source>按牵头单位分组</source>
        <translation>By lead unit</translation>
    </message>
    <message>
        <source>分组：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>时间刻度：</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Ctrl+滚轮或 Ctrl++ / Ctrl+- 缩放，Shift+滚轮左右滚动</source>
        <translation>Zoom with Ctrl+wheel or Ctrl++ / Ctrl+-; Shift+wheel scrolls sideways</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>滚动到今天 (Ctrl+T)</source>
        <translation>Scroll to today (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>全部展开</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <source>全部折叠</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <source>打印 / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <source>打印、预览或导出 PDF (Ctrl+P)</source>
        <translation>Print, preview or export a PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>导出图片…</source>
        <translation>Export image…</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>甘特图</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>读取任务失败：%1</source>
        <translation>Could not read the tasks: %1</translation>
    </message>
    <message>
        <source>甘特图（%1）</source>
        <translation>Gantt chart (%1)</translation>
    </message>
    <message>
        <source>导出图片</source>
        <translation>Export image</translation>
    </message>
    <message>
        <source>/甘特图.png</source>
        <translation>/gantt.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>duban::GanttPrintDialog</name>
    <message>
        <source>打印甘特图</source>
        <translation>Print Gantt chart</translation>
    </message>
    <message>
        <source>开始日期：</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>结束日期：</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>版式：</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>改为当前可见范围（%1 至 %2）</source>
        <translation>Use the visible range (%1 to %2)</translation>
    </message>
    <message>
        <source>甘特图打印预览</source>
        <translation>Gantt chart print preview</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>/甘特图.pdf</source>
        <translation>/gantt.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出 %1 页到 %2</source>
        <translation>Exported %1 pages to %2</translation>
    </message>
</context>
<context>
    <name>duban::GanttRenderer</name>
    <message>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1 项任务，平均完成 %2%，逾期 %3 项</source>
        <translation>%1 tasks, %2% done on average, %3 overdue</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>牵头单位：%1</source>
        <translation>Lead units: %1</translation>
    </message>
    <message>
        <source>配合单位：%1</source>
        <translation>Co-units: %1</translation>
    </message>
    <message>
        <source>开始：%1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>完成时限：%1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>完成：%1%</source>
        <translation>Done: %1%</translation>
    </message>
    <message>
        <source>状态：%1 · %2</source>
        <translation>Status: %1 · %2</translation>
    </message>
    <message>
        <source>第%1周</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>上半年</source>
        <translation>H1</translation>
    </message>
    <message>
        <source>下半年</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>%1（%2 项）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>duban::KanbanModel</name>
    <message>
        <source>（未定牵头单位）</source>
        <translation>(no lead unit)</translation>
    </message>
    <message>
        <source>（未注明文件）</source>
        <translation>(no directive)</translation>
    </message>
    <message>
        <source>%1
牵头单位：%2
完成时限：%3（%4）
进度：%5%</source>
        <translation>%1
Lead unit: %2
Deadline: %3 (%4)
Progress: %5%</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>无时限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>看板：把“%1”移到“%2”</source>
        <translation>Kanban: move "%1" to "%2"</translation>
    </message>
    <message>
        <source>看板：把 %1 项任务移到“%2”</source>
        <translation>Kanban: move %1 tasks to "%2"</translation>
    </message>
    <message>
        <source>看板：移动 %1 项任务</source>
        <translation>Kanban: move %1 tasks</translation>
    </message>
    <message>
        <source>所选 %1 项任务</source>
        <translation>The %1 selected tasks</translation>
    </message>
</context>
<context>
    <name>duban::KanbanPage</name>
    <message>
        <source>无泳道</source>
        <translation>No swimlanes</translation>
    </message>
    <message>
        <source>按牵头单位</source>
        <translation>By lead unit</translation>
    </message>
    <message>
        <source>按文件</source>
        <translation>By directive</translation>
    </message>
    <message>
        <source>泳道：</source>
        <translation>Swimlanes:</translation>
    </message>
    <message>
        <source>拖动卡片或按 Ctrl+Shift+←/→ 改变状态，Enter 打开任务</source>
        <translation>Drag a card or press Ctrl+Shift+←/→ to change its status; Enter opens the task</translation>
    </message>
    <message>
        <source>单位“%1”</source>
        <translation>unit "%1"</translation>
    </message>
    <message>
        <source>文件“%1”</source>
        <translation>directive "%1"</translation>
    </message>
    <message>
        <source>预警“%1”</source>
        <translation>warning "%1"</translation>
    </message>
    <message>
        <source>时限 %1 至 %2</source>
        <translation>deadline %1 to %2</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>搜索“%1”</source>
        <translation>search "%1"</translation>
    </message>
    <message>
        <source>全部任务，共 %1 项</source>
        <translation>All tasks, %1 in total</translation>
    </message>
    <message>
        <source>与任务列表相同的筛选：%1，共 %2 项</source>
        <translation>Same filter as the task list: %1; %2 tasks</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（任务列表的状态筛选“%1”不适用于看板）</source>
        <translation> (the task list's status filter "%1" does not apply to the board)</translation>
    </message>
</context>
<context>
    <name>duban::KanbanView</name>
    <message>
        <source>在任务列表中打开</source>
        <translation>Open in the task list</translation>
    </message>
    <message>
        <source>移到上一状态列</source>
        <translation>Move to the previous status column</translation>
    </message>
    <message>
        <source>移到下一状态列</source>
        <translation>Move to the next status column</translation>
    </message>
    <message>
        <source>移到“%1”</source>
        <translation>Move to "%1"</translation>
    </message>
    <message>
        <source>%1（%2 项）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>没有符合筛选条件的任务</source>
        <translation>No tasks match the filter</translation>
    </message>
    <message>
        <source>%1 项</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>duban::MainWindow</name>
    <message>
        <source>看板</source>
        <translation>Kanban</translation>
    </message>
    <message>
        <source>甘特图</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>逾期预警</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>已放弃导入“%1”</source>
        <translation>Import of "%1" rejected</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation>Cannot open database %1: %2</translation>
    </message>
    <message>
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>粘贴文本导入…</source>
        <translation>Import pasted text…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>搜索任务</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <source>记录进展…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>为当前任务记录一条进展</source>
        <translation>Record a progress update for the current task</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>最近的数据库</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>导入示例文件</source>
        <translation>Import sample directives</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>关于督办</source>
        <translation>About Duban</translation>
    </message>
    <message>
        <source>&lt;b&gt;督办&lt;/b&gt; %1&lt;br&gt;政府督查督办任务跟踪：导入文件、提取任务、跟踪进展。</source>
        <translation>&lt;b&gt;Duban&lt;/b&gt; %1&lt;br&gt;Tracks government directives: import documents, extract tasks, follow progress.</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>审核尚未完成，可随时通过“文件 › 导入”返回</source>
        <translation>The review is not finished; return to it via File › Import</translation>
    </message>
    <message>
        <source>共 %1 项任务　逾期 %2　即将到期 %3　已办结 %4　当前列表 %5 项</source>
        <translation>%1 tasks   overdue %2   due soon %3   done %4   listed %5</translation>
    </message>
    <message>
        <source>欢迎使用督办</source>
        <translation>Welcome to Duban</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>督办数据库 (*.sqlite *.db)</source>
        <translation>Duban databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>文件 %1 已存在。请换一个名字，或用“打开数据库”打开它。</source>
        <translation>The file %1 exists. Choose another name, or open it with "Open database".</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>督办数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>Duban databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>督办数据库 (*.sqlite)</source>
        <translation>Duban databases (*.sqlite)</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>备份失败：%1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>粘贴文本导入</source>
        <translation>Import pasted text</translation>
    </message>
    <message>
        <source>粘贴文本</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>正在提取任务</source>
        <translation>Extracting tasks</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在读取并提取“%1”…</source>
        <translation>Reading and extracting "%1"…</translation>
    </message>
    <message>
        <source>正在提取“%1”…</source>
        <translation>Extracting "%1"…</translation>
    </message>
    <message>
        <source>已取消导入</source>
        <translation>Import canceled</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>没有找到任务</source>
        <translation>No tasks found</translation>
    </message>
    <message>
        <source>“%1”已导入过，内容没有变化</source>
        <translation>"%1" was imported before and has not changed</translation>
    </message>
    <message>
        <source>督办 — 审核 %1</source>
        <translation>Duban — reviewing %1</translation>
    </message>
    <message>
        <source>已导入 %1 项任务</source>
        <translation>Imported %1 tasks</translation>
    </message>
    <message>
        <source>界面语言将在重新启动督办后切换。
The language changes when Duban is restarted.</source>
        <translation>The language changes when Duban is restarted.
界面语言将在重新启动督办后切换。</translation>
    </message>
    <message>
        <source>预警设置…</source>
        <translation>Warning settings…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <source>临期天数、序时进度容差与预警颜色（可选预设方案）</source>
        <translation>Due-soon window, pace tolerance and warning colours (presets available)</translation>
    </message>
    <message>
        <source>导出单位反馈表…</source>
        <translation>Export unit feedback sheets…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>导入单位反馈表…</source>
        <translation>Import unit feedback sheet…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>预警设置已更新：%1 天内到期为临期</source>
        <translation>Warning settings updated: due within %1 days counts as due soon</translation>
    </message>
    <message>
        <source>找不到上次使用的数据库</source>
        <translation>Database last used not found</translation>
    </message>
    <message>
        <source>上次使用的数据库文件 %1 不存在，可能已被移动或删除，或所在的磁盘、网络位置未连接。

在原位置新建的数据库是空的，不含原来的任务。</source>
        <translation>The database last used, %1, does not exist: it may have been moved or deleted, or its disk or network location is not connected.

A database created again in its place is empty and has none of the old tasks.</translation>
    </message>
    <message>
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>在原位置新建空数据库</source>
        <translation>Create an empty database in its place</translation>
    </message>
    <message>
        <source>使用默认数据库</source>
        <translation>Use the default database</translation>
    </message>
    <message>
        <source>导入 Word、WPS、OFD、PDF、Excel、文本文件或扫描件、照片，提取任务后审核</source>
        <translation>Import Word, WPS, OFD, PDF, Excel or text files, scans or photos, and review the extracted tasks</translation>
    </message>
    <message>
        <source>转到任务列表</source>
        <translation>Go to the task list</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>文字识别（OCR）…</source>
        <translation>Text recognition (OCR)…</translation>
    </message>
    <message>
        <source>本版本尚不能识别图片中的文字：可先用扫描软件转成文字，再导入或粘贴</source>
        <translation>This version cannot read text in images yet: convert the scan to text first, then import or paste it</translation>
    </message>
    <message>
        <source>对照正文新建任务…</source>
        <translation>Create tasks from the text…</translation>
    </message>
    <message>
        <source>手工新建任务…</source>
        <translation>Create a task by hand…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>数据库还是空的。要导入随程序附带的 %1 期驻马店市政府公报（其中收录多份文件），看看督办如何提取和跟踪任务吗？</source>
        <translation>The database is empty. Import the %1 Zhumadian government gazettes that come with the program (each holds several directives) to see how Duban extracts and tracks tasks?</translation>
    </message>
    <message>
        <source>把文件正文粘贴到下面（Ctrl+V），督办会从中提取任务：</source>
        <translation>Paste the directive's text below (Ctrl+V); Duban extracts the tasks from it:</translation>
    </message>
    <message>
        <source>提取任务</source>
        <translation>Extract tasks</translation>
    </message>
    <message>
        <source>考评</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>督办(&amp;D)</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>Ctrl+O 导入文件　Ctrl+Shift+V 粘贴文本导入　Ctrl+N 新建任务
Ctrl+F 搜索（↓ 或 Enter 转到结果）　F6 转到任务列表　F5 刷新　Ctrl+E 记录进展（Ctrl+Enter 保存）
Ctrl+1…7 切换视图（任务、看板、甘特图、逾期预警、报表、单位、考评）
Ctrl+Z 撤销　Ctrl+Shift+Z 重做
Ctrl+Shift+T 批量设置状态　Ctrl+Shift+U 批量设置牵头单位　F9 详情面板
Ctrl+Shift+N 新建数据库　Ctrl+Shift+O 打开数据库　Ctrl+Shift+B 备份
Ctrl+Shift+E 导出单位反馈表　Ctrl+Shift+I 导入单位反馈表　Ctrl+Alt+W 预警设置
督办：Ctrl+Alt+J 交办　Ctrl+Alt+Q 签收　Ctrl+Alt+C 催办单　Ctrl+Alt+Y 延期申请　Ctrl+Alt+P 审批延期
　　　Ctrl+Alt+B 办结申请　Ctrl+Alt+F 复核　Ctrl+Alt+X 销号　Ctrl+Alt+H 暂缓　Ctrl+Alt+G 恢复
审核时：Delete 剔除所选任务，F2 编辑单元格
日期：可输入 2024-06-30、2024/6/30、20240630 或 2024年6月30日，Alt+↓ 打开日历
看板：方向键选择卡片，Ctrl+Shift+←/→ 改变状态，Enter 打开任务
甘特图：Ctrl+滚轮或 Ctrl++ / Ctrl+- 缩放，Shift+滚轮左右滚动，Ctrl+T 今天，Ctrl+P 打印
报表：Ctrl+P 打印预览　Ctrl+Shift+P 打印　Ctrl+Shift+S 另存为 PDF　Ctrl+Shift+L 导出台账</source>
        <translation>Ctrl+O import files   Ctrl+Shift+V import pasted text   Ctrl+N new task
Ctrl+F search (Down or Enter goes to the results)   F6 go to the task list   F5 refresh   Ctrl+E record progress (Ctrl+Enter saves)
Ctrl+1…7 switch view (tasks, kanban, Gantt, overdue, reports, units, scores)
Ctrl+Z undo   Ctrl+Shift+Z redo
Ctrl+Shift+T set status of the selection   Ctrl+Shift+U set lead unit of the selection   F9 detail panel
Ctrl+Shift+N new database   Ctrl+Shift+O open database   Ctrl+Shift+B back up
Ctrl+Shift+E export unit feedback sheets   Ctrl+Shift+I import unit feedback sheets   Ctrl+Alt+W warning settings
Workflow: Ctrl+Alt+J assign   Ctrl+Alt+Q sign   Ctrl+Alt+C chaser notice   Ctrl+Alt+Y request extension   Ctrl+Alt+P decide extension
   Ctrl+Alt+B claim done   Ctrl+Alt+F review   Ctrl+Alt+X strike off   Ctrl+Alt+H suspend   Ctrl+Alt+G resume
Review: Delete drops the selected tasks, F2 edits a cell
Dates: type 2024-06-30, 2024/6/30, 20240630 or 2024年6月30日; Alt+Down opens a calendar
Kanban: arrow keys select a card, Ctrl+Shift+Left/Right change its status, Enter opens the task
Gantt: Ctrl+wheel or Ctrl++ / Ctrl+- zoom, Shift+wheel scrolls sideways, Ctrl+T today, Ctrl+P print
Reports: Ctrl+P print preview   Ctrl+Shift+P print   Ctrl+Shift+S save as PDF   Ctrl+Shift+L export ledger</translation>
    </message>
    <message>
        <source>连接服务器…</source>
        <translation>Connect to Server…</translation>
    </message>
</context>
<context>
    <name>duban::NewTaskDialog</name>
    <message>
        <source>新建任务</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>一句话说明要做什么</source>
        <translation>What is to be done, in one sentence</translation>
    </message>
    <message>
        <source>任务原文或交办内容（可粘贴）</source>
        <translation>The task's wording or what was assigned (paste allowed)</translation>
    </message>
    <message>
        <source>用顿号“、”分隔多个单位</source>
        <translation>Separate units with 、</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>任务名称(&amp;N)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>任务内容(&amp;T)：</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>牵头单位(&amp;L)：</source>
        <translation>&amp;Lead units:</translation>
    </message>
    <message>
        <source>配合单位(&amp;C)：</source>
        <translation>&amp;Co-units:</translation>
    </message>
    <message>
        <source>完成时限(&amp;D)：</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写任务名称。</source>
        <translation>Please give the task a title.</translation>
    </message>
    <message>
        <source>完成时限“%1”无法识别，请按 2024-06-30 或 2024年6月30日 的样式填写，或留空。</source>
        <translation>The deadline "%1" cannot be read; write it like 2024-06-30 or 2024年6月30日, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>duban::OverduePage</name>
    <message>
        <source>单击或按回车：在任务视图中查看该单位的任务</source>
        <translation>Click or press Enter: show this unit's tasks in the task view</translation>
    </message>
    <message>
        <source>按这一天计算逾期、临期与序时进度</source>
        <translation>Overdue, due-soon and pace are computed for this day</translation>
    </message>
    <message>
        <source>截至(&amp;A)：</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source> 天内</source>
        <translation> days</translation>
    </message>
    <message>
        <source>距完成时限不超过这么多天的任务算作临期（默认值在“预警设置”中）</source>
        <translation>Tasks this many days or fewer from their deadline are due soon (the default is in Warning settings)</translation>
    </message>
    <message>
        <source>临期(&amp;W)：</source>
        <translation>Due soon &amp;within:</translation>
    </message>
    <message>
        <source>逾期、临期与正常</source>
        <translation>Overdue, due soon and on track</translation>
    </message>
    <message>
        <source>逾期与临期</source>
        <translation>Overdue and due soon</translation>
    </message>
    <message>
        <source>仅逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>仅临期</source>
        <translation>Due soon only</translation>
    </message>
    <message>
        <source>仅正常</source>
        <translation>On track only</translation>
    </message>
    <message>
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>只列出处于这一序时进度的任务（完成百分比与已过时间的比例相比）</source>
        <translation>List only the tasks at this pace (percent done against the share of time elapsed)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>序时进度(&amp;P)：</source>
        <translation>&amp;Pace:</translation>
    </message>
    <message>
        <source>预警设置…</source>
        <translation>Warning settings…</translation>
    </message>
    <message>
        <source>各单位逾期与已办结任务（逾期最多的前 %1 个单位）</source>
        <translation>Overdue and done tasks per unit (the %1 most overdue units)</translation>
    </message>
    <message>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>无时限 %1</source>
        <translation>No deadline %1</translation>
    </message>
    <message>
        <source>欠进度</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>（无逾期或已办结任务）</source>
        <translation>(no overdue or done tasks)</translation>
    </message>
    <message>
        <source>逾期：已过完成时限仍未办结；临期：%1 天内到期；欠进度：未逾期，完成进度低于序时进度 %2 个百分点以上（与督查周报同一口径）</source>
        <translation>Overdue: past the deadline, not done; due soon: due within %1 days; behind: not overdue, percent done more than %2 points below the time elapsed (the weekly report's definitions)</translation>
    </message>
    <message>
        <source>经批准延期的任务按调整后的完成时限，还是按延期前的原定时限评判逾期与临期</source>
        <translation>Judge extended tasks as overdue or due soon by their adjusted deadline, or by the original one before the extension</translation>
    </message>
    <message>
        <source>按调整后时间</source>
        <translation>By adjusted deadline</translation>
    </message>
    <message>
        <source>按原定时间</source>
        <translation>By original deadline</translation>
    </message>
</context>
<context>
    <name>duban::ProgressDialog</name>
    <message>
        <source>任务：%1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写进展情况。</source>
        <translation>Please describe the progress.</translation>
    </message>
    <message>
        <source>请填写填报人。</source>
        <translation>Please enter who reports it.</translation>
    </message>
    <message>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>日期“%1”无法识别，请按 2024-06-30 或 2024年6月30日 的样式填写。</source>
        <translation>The date "%1" cannot be read; write it like 2024-06-30 or 2024年6月30日.</translation>
    </message>
</context>
<context>
    <name>duban::ReminderBanner</name>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>duban::Reminders</name>
    <message>
        <source>督办</source>
        <translation>Duban</translation>
    </message>
    <message>
        <source>新增逾期 %1 项、临期 %2 项</source>
        <translation>%1 newly overdue, %2 newly due soon</translation>
    </message>
    <message>
        <source>新增逾期 %1 项</source>
        <translation>%1 newly overdue</translation>
    </message>
    <message>
        <source>新增临期 %1 项</source>
        <translation>%1 newly due soon</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>%1 天后到期</source>
        <translation>due in %1 days</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1（%2，%3）</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>；另有 %1 项</source>
        <translation>; %1 more</translation>
    </message>
    <message>
        <source>督办提醒</source>
        <translation>Duban reminder</translation>
    </message>
</context>
<context>
    <name>duban::ReportDocument::Impl</name>
    <message>
        <source>%1　第%2期</source>
        <translation>%1, issue %2</translation>
    </message>
    <message>
        <source>各单位任务状态</source>
        <translation>Task status by unit</translation>
    </message>
</context>
<context>
    <name>duban::ReportPeriod</name>
    <message>
        <source>%1年第%2周（%3至%4）</source>
        <translation>week %2 of %1 (%3 to %4)</translation>
    </message>
    <message>
        <source>%1至%2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>“%1”不是有效的周次，请写成 2022-W40 这样的格式（年份-W周次）</source>
        <translation>“%1” is not a week; write it like 2022-W40 (year-W week)</translation>
    </message>
    <message>
        <source>%1年没有第%2周（该年共%3周）</source>
        <translation>%1 has no week %2 (it has %3 weeks)</translation>
    </message>
    <message>
        <source>报告期间无效：起始日期须早于或等于截止日期</source>
        <translation>Invalid report period: the start must not be after the end</translation>
    </message>
</context>
<context>
    <name>duban::ReportsPage</name>
    <message>
        <source>报告期间</source>
        <translation>Report period</translation>
    </message>
    <message>
        <source>按周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>按日期范围</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>统计截止</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>文头</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>如：市政府督查室</source>
        <translation>e.g. City Supervision Office</translation>
    </message>
    <message>
        <source>报告名称</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>发文单位</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <source>范围（不勾选即全部）</source>
        <translation>Scope (nothing ticked: everything)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>查找单位</source>
        <translation>Find a unit</translation>
    </message>
    <message>
        <source>工作要求（打印前填写，每段一行）</source>
        <translation>Requirements (write before printing, one paragraph a line)</translation>
    </message>
    <message>
        <source>如：各牵头单位要对照逾期任务清单，逐项明确整改措施和完成时限。</source>
        <translation>e.g. Lead units set out remedies and dates for each overdue task.</translation>
    </message>
    <message>
        <source>督查周报</source>
        <translation>Weekly Supervision Report</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>导出 HTML</source>
        <translation>Export HTML</translation>
    </message>
    <message>
        <source>导出台账 Excel</source>
        <translation>Export ledger (Excel)</translation>
    </message>
    <message>
        <source>导出台账 CSV</source>
        <translation>Export ledger (CSV)</translation>
    </message>
    <message>
        <source>单位反馈表</source>
        <translation>Unit feedback sheets</translation>
    </message>
    <message>
        <source>（无标题文件 %1）</source>
        <translation>(untitled directive %1)</translation>
    </message>
    <message>
        <source>没有打开数据库</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>已保存%1第%2期（%3页）：%4</source>
        <translation>Saved %1 issue %2 (%3 pages): %4</translation>
    </message>
    <message>
        <source>已导出%1第%2期：%3</source>
        <translation>Exported %1 issue %2: %3</translation>
    </message>
    <message>
        <source>已导出台账 %1 项任务：%2</source>
        <translation>Exported a ledger of %1 tasks: %2</translation>
    </message>
    <message>
        <source>已送打印%1第%2期（%3页）</source>
        <translation>Printed %1 issue %2 (%3 pages)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>网页文件 (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>督办台账</source>
        <translation>Duban ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>延期任务按原定时限评判</source>
        <translation>Judge extended tasks by the original deadline</translation>
    </message>
    <message>
        <source>考核按原定时间：经批准延期的任务，逾期与临期按延期前的完成时限计算</source>
        <translation>Assess by the original time: extended tasks count as overdue or due soon by the deadline before their extension</translation>
    </message>
    <message>
        <source>附考评排名（按“考评”视图的评分规则）</source>
        <translation>Include the ranking (by the Assessment view's rule)</translation>
    </message>
</context>
<context>
    <name>duban::Repository</name>
    <message>
        <source>%1 是已导入通知的修改版本：请先查看差异，确认后再导入</source>
        <translation>%1 is a changed version of an imported directive: review the differences and confirm before importing</translation>
    </message>
    <message>
        <source>数据库 %1 的结构版本为 %2，本程序只认识到版本 %3：请使用更新的督办程序打开。文件未做任何修改</source>
        <translation>Database %1 has schema version %2, but this program knows versions up to %3: open it with a newer Duban. The file was not changed</translation>
    </message>
    <message>
        <source>%1 是其他程序的 SQLite 数据库，不是督办数据库，未做任何修改</source>
        <translation>%1 is another program's SQLite database, not a Duban database; nothing was changed</translation>
    </message>
    <message>
        <source>数据库 %1 需要升级结构（版本 %2 → %3），只读方式下无法升级</source>
        <translation>Database %1 needs a schema upgrade (version %2 → %3), which is not possible when opened read-only</translation>
    </message>
    <message>
        <source>无法设置数据库 %1（%2）：可能正被其他程序使用</source>
        <translation>Cannot set up database %1 (%2): another program may be using it</translation>
    </message>
    <message>
        <source>升级数据库 %1 前无法备份到 %2：%3</source>
        <translation>Could not back up database %1 to %2 before the upgrade: %3</translation>
    </message>
    <message>
        <source>备份目标 %1 已存在，不会覆盖</source>
        <translation>Backup target %1 already exists and will not be overwritten</translation>
    </message>
    <message>
        <source>无法把数据库 %1 备份到 %2：%3</source>
        <translation>Could not back up database %1 to %2: %3</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>修改必须注明修改人</source>
        <translation>An edit must name who made it</translation>
    </message>
    <message>
        <source>进展必须注明填报人</source>
        <translation>A progress update must name who reported it</translation>
    </message>
    <message>
        <source>进度“%1”应为 0 到 100 之间的整数</source>
        <translation>Percent "%1" must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>数据库 %1 中没有编号为 %2 的任务</source>
        <translation>Database %1 has no task with ID %2</translation>
    </message>
    <message>
        <source>数据库 %1 中没有单位“%2”</source>
        <translation>Database %1 has no unit "%2"</translation>
    </message>
    <message>
        <source>单位名称不能为空</source>
        <translation>The unit name must not be empty</translation>
    </message>
    <message>
        <source>“%1”已是另一个单位的名称或别名；要合并两个单位请用合并</source>
        <translation>"%1" is already the name or alias of another unit; to join two units, merge them</translation>
    </message>
    <message>
        <source>不能把单位合并到它自己</source>
        <translation>A unit cannot be merged into itself</translation>
    </message>
    <message>
        <source>数据库 %1 中没有编号为 %2 的单位</source>
        <translation>Database %1 has no unit with ID %2</translation>
    </message>
    <message>
        <source>报告名称和期间不能为空</source>
        <translation>A report needs a title and a period</translation>
    </message>
    <message>
        <source>导入反馈表必须注明导入人</source>
        <translation>Importing a feedback sheet needs the name of the person importing it</translation>
    </message>
    <message>
        <source>新建任务必须注明录入人</source>
        <translation>A new task needs the name of who enters it</translation>
    </message>
    <message>
        <source>请填写任务名称</source>
        <translation>Please give the task a title</translation>
    </message>
    <message>
        <source>撤销任务必须写明原因</source>
        <translation>Cancelling a task needs a reason</translation>
    </message>
    <message>
        <source>任务 %1 已撤销</source>
        <translation>Task %1 is already cancelled</translation>
    </message>
    <message>
        <source>任务 %1 已有进展或修改记录（%2 条进展，%3 条修改），不能删除；可改为撤销，保留记录</source>
        <translation>Task %1 has records (%2 progress notes, %3 edits) and cannot be deleted; cancel it instead to keep them</translation>
    </message>
    <message>
        <source>目标数据库 %1 中已有任务，不能再导入整个数据库：请导入到新建的数据库</source>
        <translation>The target database %1 already holds tasks, so a whole database cannot be imported into it: import into a new database</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 已有其他程序的表，不是督办数据库，未做任何修改</source>
        <translation>The server database %1 holds another program's tables and is not a Duban database; nothing was changed</translation>
    </message>
    <message>
        <source>备份目标应为本机的 SQLite 文件路径：%1</source>
        <translation>The backup target must be a local SQLite file path: %1</translation>
    </message>
    <message>
        <source>程序缺少角色脚本 roles.sql</source>
        <translation>The program lacks its role script roles.sql</translation>
    </message>
    <message>
        <source>在服务器 %1 上设置角色需要能创建角色的数据库管理员（如 postgres）登录</source>
        <translation>Setting up roles on server %1 needs a database administrator who may create roles (such as postgres)</translation>
    </message>
    <message>
        <source>登录名“%1”无效：请用小写英文字母、数字和下划线，以字母开头，且不以 duban_ 或 pg_ 开头</source>
        <translation>Invalid login name "%1": use lowercase letters, digits and underscores, start with a letter, and do not start with duban_ or pg_</translation>
    </message>
    <message>
        <source>请为登录用户 %1 设置密码</source>
        <translation>Set a password for login %1</translation>
    </message>
    <message>
        <source>单位联络员必须注明所属单位（--unit）</source>
        <translation>A unit liaison needs a unit (--unit)</translation>
    </message>
    <message>
        <source>服务器上已有登录用户 %1</source>
        <translation>The server already has a login %1</translation>
    </message>
    <message>
        <source>在服务器 %1 上创建登录用户需要数据库管理员登录</source>
        <translation>Creating logins on server %1 needs a database administrator</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>没有编号为 %1 的考评结果</source>
        <translation>No published ranking number %1</translation>
    </message>
    <message>
        <source>第 %1–%2 项任务未能写入，整份文件未导入：%3</source>
        <translation>Tasks %1–%2 could not be written; nothing from the file was imported: %3</translation>
    </message>
</context>
<context>
    <name>duban::Repository::Impl</name>
    <message>
        <source>数据库 %1 正被其他程序写入，等待后仍未释放，请稍后再试</source>
        <translation>Database %1 is being written by another program and stayed locked; try again later</translation>
    </message>
    <message>
        <source>%1 不是督办数据库文件</source>
        <translation>%1 is not a Duban database file</translation>
    </message>
    <message>
        <source>数据库 %1 以只读方式打开，不能修改</source>
        <translation>Database %1 is open read-only and cannot be changed</translation>
    </message>
    <message>
        <source>数据库 %1 中没有编号为 %2 的任务</source>
        <translation>Database %1 has no task with ID %2</translation>
    </message>
    <message>
        <source>单位名称为空</source>
        <translation>The unit name is empty</translation>
    </message>
    <message>
        <source>数据库 %1 不可写入：请检查文件与所在文件夹的写入权限</source>
        <translation>Database %1 cannot be written: check the permissions of the file and its folder</translation>
    </message>
    <message>
        <source>数据库 %1 未能完成这次操作，没有保存任何改动。请重试；若一再出现，请用“duban-cli check”检查数据库</source>
        <translation>Database %1 could not complete this operation; nothing was saved. Try again; if it keeps happening, check the database with "duban-cli check"</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 %1：服务器未运行、地址有误或网络中断。这次操作没有保存任何改动，下次操作时会重新连接</source>
        <translation>Cannot reach the database server %1: it is not running, the address is wrong or the network is down. Nothing of this action was saved; the next action reconnects</translation>
    </message>
    <message>
        <source>数据库服务器 %1 拒绝了这次操作：当前登录的用户无权修改这些数据（只能修改本单位牵头或配合的任务）</source>
        <translation>The database server %1 refused this action: the logged-in user may not change this data (only tasks its unit leads or co-handles)</translation>
    </message>
    <message>
        <source>数据库服务器 %1 拒绝登录：用户名或密码不正确，或该用户无权使用这个数据库</source>
        <translation>The database server %1 refused the login: wrong user name or password, or the user may not use this database</translation>
    </message>
    <message>
        <source>与数据库服务器 %1 的连接已中断（服务器重启、网络断开或连接被终止）。这次操作没有保存任何改动，下次操作时会自动重新连接</source>
        <translation>The connection to the database server %1 was lost (server restarted, network down or connection ended). Nothing of this action was saved; the next action reconnects.</translation>
    </message>
    <message>
        <source>无权修改此任务（非本单位任务）：任务 %1 不属于当前登录用户所在单位</source>
        <translation>You may not change this task (not your unit's): task %1 does not belong to the unit of the user logged in</translation>
    </message>
</context>
<context>
    <name>duban::ReviewModel</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>未识别的单位：%1</source>
        <translation>Unknown unit: %1</translation>
    </message>
    <message>
        <source>未识别的单位：%1，是否为“%2”？</source>
        <translation>Unknown unit: %1 — did you mean "%2"?</translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation>As printed: %1</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Co-units</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
</context>
<context>
    <name>duban::ReviewPage</name>
    <message>
        <source>接受所选</source>
        <translation>Accept selected</translation>
    </message>
    <message>
        <source>请先在左侧表格中选择要接受的任务。</source>
        <translation>Select the tasks to accept in the table first.</translation>
    </message>
    <message>
        <source>删除：%1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>第 %1–%2 行</source>
        <translation>Lines %1–%2</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>⚠ 单位“%1”不在单位目录中，导入后将新建</source>
        <translation>⚠ Unit "%1" is not in the directory; importing creates it</translation>
    </message>
    <message>
        <source>⚠ 单位“%1”不在单位目录中，可能是“%2”</source>
        <translation>⚠ Unit "%1" is not in the directory; perhaps "%2"</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;　共提取 %2 项任务</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;   %2 tasks extracted</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>　&lt;span style='color:#b45309'&gt;%1 项含未识别单位&lt;/span&gt;</source>
        <translation>   &lt;span style='color:#b45309'&gt;%1 with unknown units&lt;/span&gt;</translation>
    </message>
    <message>
        <source>　&lt;span style='color:#b91c1c'&gt;%1 项将被删除&lt;/span&gt;</source>
        <translation>   &lt;span style='color:#b91c1c'&gt;%1 will be removed&lt;/span&gt;</translation>
    </message>
    <message>
        <source>，来自：%1</source>
        <translation> from: %1</translation>
    </message>
    <message>
        <source>，来自 %1 份文件（鼠标悬停查看）</source>
        <translation> from %1 directives (hover to list them)</translation>
    </message>
    <message>
        <source>扫描原图：黄色为所选任务的行，红色虚线框为识别可信度低、需要核对的行</source>
        <translation>The scanned page: yellow marks the selected task's lines, dashed red boxes mark lines of low recognition confidence to check</translation>
    </message>
    <message>
        <source>⚠ 有 %1 行识别可信度低，请对照右侧原图核对</source>
        <translation>⚠ %1 line(s) were recognised with low confidence: check them against the page image on the right</translation>
    </message>
    <message>
        <source>　&lt;span style='color:#1d4ed8'&gt;文字识别（OCR）结果&lt;/span&gt;</source>
        <translation>　&lt;span style='color:#1d4ed8'&gt;Text recognition (OCR) result&lt;/span&gt;</translation>
    </message>
    <message>
        <source>　&lt;span style='color:#dc2626'&gt;%1 行识别可信度低&lt;/span&gt;</source>
        <translation>　&lt;span style='color:#dc2626'&gt;%1 line(s) of low recognition confidence&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>duban::ScorePage</name>
    <message>
        <source>期末</source>
        <translation>period end</translation>
    </message>
    <message>
        <source>%1 至 %2，按截至 %3 的记录计算：%4 个单位参加排名（尚未发布）</source>
        <translation>%1 to %2, from the records as of %3: %4 units ranked (not published)</translation>
    </message>
    <message>
        <source>（当前计算）</source>
        <translation>(current computation)</translation>
    </message>
    <message>
        <source>%1 至 %2（截至 %3，%4 发布）</source>
        <translation>%1 to %2 (as of %3, published %4)</translation>
    </message>
    <message>
        <source>已发布的考评（%1 发布，发布人 %2）：按审计记录重新计算，结果与发布时一致</source>
        <translation>Published ranking (%1, by %2): recomputed from the audit trail, the same as published</translation>
    </message>
    <message>
        <source>已发布的考评（%1 发布，发布人 %2）：按审计记录重新计算，结果与发布时不同</source>
        <translation>Published ranking (%1, by %2): recomputed from the audit trail, it differs from what was published</translation>
    </message>
    <message>
        <source>牵头和配合单位均计入</source>
        <translation>lead and co units counted</translation>
    </message>
    <message>
        <source>只计牵头单位</source>
        <translation>lead units only</translation>
    </message>
    <message>
        <source>发布考评</source>
        <translation>Publish ranking</translation>
    </message>
    <message>
        <source>发布 %1 至 %2 的考评排名？排名和评分规则将一并保存，之后可随时重现。</source>
        <translation>Publish the ranking for %1 to %2? It is kept with its rule and can be reproduced later.</translation>
    </message>
    <message>
        <source>未能发布：%1</source>
        <translation>Not published: %1</translation>
    </message>
    <message>
        <source>导出考评排名</source>
        <translation>Export ranking</translation>
    </message>
    <message>
        <source>考评排名_%1_%2.xlsx</source>
        <translation>ranking_%1_%2.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>评分规则：按时完成率 %1 分 + 签收及时率 %2 分 + 进展报送率 %3 分；逾期每项扣 %4 分、每天扣 %5 分；%11 / %12 / %13每次扣 %6 / %7 / %8 分；签收时限 %9 个工作日；%10</source>
        <translation>Rule: on-time rate %1 + signing rate %2 + reporting rate %3 points; %4 off per overdue task, %5 per day; %6 / %7 / %8 off per %11 / %12 / %13; signing within %9 working days; %10</translation>
    </message>
</context>
<context>
    <name>duban::ScoreRuleDialog</name>
    <message>
        <source>评分规则</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> points</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>配合单位也计入（默认只计牵头单位）</source>
        <translation>Count co units too (default: lead units only)</translation>
    </message>
    <message>
        <source>按时完成率（满分）：</source>
        <translation>On-time rate (full marks):</translation>
    </message>
    <message>
        <source>签收及时率（满分）：</source>
        <translation>Signing rate (full marks):</translation>
    </message>
    <message>
        <source>进展报送率（满分）：</source>
        <translation>Reporting rate (full marks):</translation>
    </message>
    <message>
        <source>每项逾期任务扣：</source>
        <translation>Per overdue task:</translation>
    </message>
    <message>
        <source>每逾期一天扣：</source>
        <translation>Per overdue day:</translation>
    </message>
    <message>
        <source>签收时限：</source>
        <translation>Signing limit:</translation>
    </message>
    <message>
        <source>每次%1扣：</source>
        <translation>Deduct per %1:</translation>
    </message>
</context>
<context>
    <name>duban::Sheet</name>
    <message>
        <source>%1 至 %2　今天 %3　%4</source>
        <translation>%1 to %2   today %3   %4</translation>
    </message>
</context>
<context>
    <name>duban::TaskDetailPanel</name>
    <message>
        <source>用顿号“、”分隔多个单位</source>
        <translation>Separate units with 、</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>进度：</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>Directive:</translation>
    </message>
    <message>
        <source>章节：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <source>牵头单位：</source>
        <translation>Lead units:</translation>
    </message>
    <message>
        <source>配合单位：</source>
        <translation>Co-units:</translation>
    </message>
    <message>
        <source>完成时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>目标：</source>
        <translation>Targets:</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>填报人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>记录进展…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <source>记录一条进展（Ctrl+E）</source>
        <translation>Record a progress update (Ctrl+E)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress log</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>在左侧选择一项任务</source>
        <translation>Select a task on the left</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>原文：%1</source>
        <translation>As printed: %1</translation>
    </message>
    <message>
        <source>（无量化目标）</source>
        <translation>(no quantitative targets)</translation>
    </message>
    <message>
        <source>%1 第 %2–%3 行</source>
        <translation>%1, lines %2–%3</translation>
    </message>
    <message>
        <source>修改%1：%2</source>
        <translation>Edit %1: %2</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Duban</translation>
    </message>
</context>
<context>
    <name>duban::TaskEditor</name>
    <message>
        <source>未能保存：%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>未能重做“%1”：%2</source>
        <translation>Could not redo “%1”: %2</translation>
    </message>
    <message>
        <source>未能撤销“%1”：%2</source>
        <translation>Could not undo “%1”: %2</translation>
    </message>
    <message>
        <source>（这一步已从撤销记录中移除）</source>
        <translation> (this step was removed from the undo history)</translation>
    </message>
    <message>
        <source>未能重命名单位：%1</source>
        <translation>Could not rename the unit: %1</translation>
    </message>
    <message>
        <source>未能合并单位：%1</source>
        <translation>Could not merge the units: %1</translation>
    </message>
    <message>
        <source>单位已合并：引用被合并单位的撤销记录已清空</source>
        <translation>Units merged: the undo steps naming the merged unit were cleared</translation>
    </message>
    <message>
        <source>反馈表导入失败，数据库未作任何修改：%1</source>
        <translation>The feedback sheet could not be imported; the database was not changed: %1</translation>
    </message>
    <message>
        <source>已导入单位反馈表：此前的修改不能再撤销</source>
        <translation>Feedback sheet imported: earlier edits can no longer be undone</translation>
    </message>
    <message>
        <source>导入失败，写入数据库失败，数据库未作任何更改：%1</source>
        <translation>Import failed: writing to the database failed, nothing was changed: %1</translation>
    </message>
    <message>
        <source>已导入文件：此前的修改不能再撤销</source>
        <translation>File imported: earlier edits can no longer be undone</translation>
    </message>
    <message>
        <source>%1：任务 %2</source>
        <translation>%1: task %2</translation>
    </message>
    <message>
        <source>%1：%2 项任务</source>
        <translation>%1: %2 tasks</translation>
    </message>
    <message>
        <source>未能发布考评：%1</source>
        <translation>Could not publish the ranking: %1</translation>
    </message>
</context>
<context>
    <name>duban::TaskFailureNote</name>
    <message>
        <source>第 %1 项任务“%2”未能写入，整份文件未导入：%3</source>
        <translation>Task %1 "%2" could not be written; nothing from the file was imported: %3</translation>
    </message>
</context>
<context>
    <name>duban::TaskTableModel</name>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
</context>
<context>
    <name>duban::TasksPage</name>
    <message>
        <source>批量设置状态…</source>
        <translation>Set status of selected…</translation>
    </message>
    <message>
        <source>批量设置状态</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>把所选 %1 项任务的状态设为：</source>
        <translation>Set the status of the %1 selected tasks to:</translation>
    </message>
    <message>
        <source>批量设置牵头单位…</source>
        <translation>Set lead unit of selected…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>批量设置牵头单位</source>
        <translation>Set lead unit</translation>
    </message>
    <message>
        <source>把所选 %1 项任务的牵头单位设为：</source>
        <translation>Set the lead unit of the %1 selected tasks to:</translation>
    </message>
    <message>
        <source>显示详情面板</source>
        <translation>Show detail panel</translation>
    </message>
    <message>
        <source>搜索任务、单位、原文（Ctrl+F）</source>
        <translation>Search tasks, units, text (Ctrl+F)</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>预警：</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>Directive:</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部文件</source>
        <translation>All directives</translation>
    </message>
    <message>
        <source>批量设置状态为“%1”（%2 项）</source>
        <translation>Set status to "%1" (%2 tasks)</translation>
    </message>
    <message>
        <source>批量设置牵头单位为“%1”（%2 项）</source>
        <translation>Set lead unit to "%1" (%2 tasks)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>新建任务…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>手工录入一项任务：提取遗漏的，或电话、会议交办的</source>
        <translation>Enter a task by hand: one extraction missed, or one assigned by phone or at a meeting</translation>
    </message>
    <message>
        <source>撤销任务…</source>
        <translation>Cancel task…</translation>
    </message>
    <message>
        <source>任务不再办理：从列表和报表中移除，保留全部记录（须写明原因，可撤回）</source>
        <translation>The task is no longer pursued: it leaves lists and reports, its records stay (a reason is required; can be undone)</translation>
    </message>
    <message>
        <source>删除任务</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>删除误录的任务：仅限没有任何进展和修改记录的任务</source>
        <translation>Delete a task entered by mistake: only one with no progress and no edits recorded</translation>
    </message>
    <message>
        <source>删除误录的任务“%1”？可用 Ctrl+Z 撤回。</source>
        <translation>Delete the mistaken task "%1"? Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>暂缓任务…</source>
        <translation>Suspend task…</translation>
    </message>
    <message>
        <source>任务暂停办理（须写明原因），记入督办留痕，可恢复</source>
        <translation>Put the task on hold (a reason is required); kept in the supervision record and can be resumed</translation>
    </message>
    <message>
        <source>所选 %1 项任务</source>
        <translation>The %1 selected tasks</translation>
    </message>
</context>
<context>
    <name>duban::TimelineModel</name>
    <message>
        <source>%1（%2）%3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>%1：延至 %2</source>
        <translation>%1: to %2</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>duban::UnitListDelegate</name>
    <message>
        <source>用顿号“、”分隔多个单位</source>
        <translation>Separate units with 、</translation>
    </message>
</context>
<context>
    <name>duban::UnitWarningModel</name>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Done %</translation>
    </message>
    <message>
        <source>欠进度</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>%1：任务 %2 项，逾期 %3，临期 %4，已办结 %5，欠进度 %6（单击查看任务）</source>
        <translation>%1: %2 tasks, %3 overdue, %4 due soon, %5 done, %6 behind pace (click to see the tasks)</translation>
    </message>
</context>
<context>
    <name>duban::UnitsModel</name>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County</translation>
    </message>
    <message>
        <source>统称</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>%1（待确认）</source>
        <translation>%1 (to confirm)</translation>
    </message>
    <message>
        <source>导入时遇到的未知单位，请核对名称，或合并到已有单位</source>
        <translation>An unknown unit met during import: check its name or merge it into an existing unit</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>duban::UnitsPage</name>
    <message>
        <source>按名称或别名查找单位</source>
        <translation>Find a unit by name or alias</translation>
    </message>
    <message>
        <source>重命名(F2)</source>
        <translation>Rename (F2)</translation>
    </message>
    <message>
        <source>合并单位…</source>
        <translation>Merge units…</translation>
    </message>
    <message>
        <source>选中两个单位：第一个合并到第二个；只选一个时再选择目标单位</source>
        <translation>Select two units to merge the first into the second, or one unit and then choose the target</translation>
    </message>
    <message>
        <source>查看任务</source>
        <translation>Show tasks</translation>
    </message>
    <message>
        <source>双击单位查看其任务；黄色标记的是导入时新出现的单位，请核对后重命名或合并。</source>
        <translation>Double-click a unit to see its tasks. Units marked yellow appeared during an import: check them, then rename or merge.</translation>
    </message>
    <message>
        <source>合并单位</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <source>请选择一个或两个单位。</source>
        <translation>Select one or two units.</translation>
    </message>
    <message>
        <source>把“%1”（%2 项任务）合并到“%3”？
任务将转到“%3”名下，“%1”保留为别名。合并本身不能撤销。</source>
        <translation>Merge "%1" (%2 tasks) into "%3"?
The tasks move to "%3"; "%1" stays as an alias. The merge itself cannot be undone.</translation>
    </message>
    <message>
        <source>
此前修改过单位的撤销步骤会引用被合并的单位，合并后将清空撤销记录。</source>
        <translation>
Earlier undo steps that changed units name the merged unit; the undo history is cleared after merging.</translation>
    </message>
    <message>
        <source>
此前的其他修改仍可撤销。</source>
        <translation>
Earlier edits can still be undone.</translation>
    </message>
    <message>
        <source>把“%1”合并到（输入名称的一部分查找）：</source>
        <translation>Merge "%1" into (type part of a name to search):</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>duban::WarningSettingsDialog</name>
    <message>
        <source>预警设置</source>
        <translation>Warning settings</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>方案(&amp;P)：</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>距完成时限不超过这么多天（含当天）的任务算作临期</source>
        <translation>Tasks this many days or fewer (inclusive) from their deadline are due soon</translation>
    </message>
    <message>
        <source>临期天数(&amp;D)：</source>
        <translation>Due-soon &amp;days:</translation>
    </message>
    <message>
        <source> 个百分点</source>
        <translation> percentage points</translation>
    </message>
    <message>
        <source>完成百分比低于序时进度超过这么多，算作欠进度；高出这么多，算作超进度</source>
        <translation>Percent done more than this below the share of time elapsed is behind pace; this much above is ahead</translation>
    </message>
    <message>
        <source>序时进度容差(&amp;T)：</source>
        <translation>Pace &amp;tolerance:</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>欠进度</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>选择“%1”的颜色</source>
        <translation>Choose the colour for "%1"</translation>
    </message>
    <message>
        <source>%1颜色：</source>
        <translation>%1 colour:</translation>
    </message>
    <message>
        <source>预览：</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>逾期 12 天</source>
        <translation>12 days overdue</translation>
    </message>
    <message>
        <source>剩 %1 天</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>交办后超过这么多个工作日（周一至周五）仍未签收，任务列表标为签收超时</source>
        <translation>Tasks not acknowledged this many working days (Monday to Friday) after assignment are flagged as acknowledged late</translation>
    </message>
    <message>
        <source>签收时限(&amp;S)：</source>
        <translation>&amp;Acknowledgement window:</translation>
    </message>
    <message>
        <source>催办一级</source>
        <translation>Chase level 1</translation>
    </message>
    <message>
        <source>催办二级</source>
        <translation>Chase level 2</translation>
    </message>
    <message>
        <source>催办三级</source>
        <translation>Chase level 3</translation>
    </message>
    <message>
        <source>留空即用默认名称“%1”</source>
        <translation>Leave empty for the default name “%1”</translation>
    </message>
    <message>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>duban::WarningTaskModel</name>
    <message>
        <source>临期（%1 天内到期）</source>
        <translation>Due soon (within %1 days)</translation>
    </message>
    <message>
        <source>%1　%2 项</source>
        <translation>%1   %2 tasks</translation>
    </message>
</context>
<context>
    <name>duban::WorkflowPanel</name>
    <message>
        <source>请先选择一项任务</source>
        <translation>Select a task first</translation>
    </message>
    <message>
        <source>%1%2：%3</source>
        <translation>%1%2: %3</translation>
    </message>
</context>
<context>
    <name>duban::cli</name>
    <message>
        <source>任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <source>共 %1 项任务</source>
        <translation>%1 tasks in all</translation>
    </message>
    <message>
        <source>--%1 的日期“%2”无效，应为 YYYY-MM-DD</source>
        <translation>Invalid date "%2" for --%1: use YYYY-MM-DD</translation>
    </message>
    <message>
        <source>未知的输出格式“%1”，可用 table、json、csv</source>
        <translation>Unknown output format "%1": use table, json or csv</translation>
    </message>
    <message>
        <source>输出格式: table、json 或 csv</source>
        <translation>Output format: table, json or csv</translation>
    </message>
    <message>
        <source>任务编号“%1”无效</source>
        <translation>Invalid task ID "%1"</translation>
    </message>
    <message>
        <source>必须用 --by 注明修改人</source>
        <translation>Name who makes the change with --by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>（待核对）</source>
        <translation> (to be checked)</translation>
    </message>
    <message>
        <source>共 %1 个单位</source>
        <translation>%1 units in all</translation>
    </message>
    <message>
        <source>用法: duban-cli &lt;命令&gt; [选项]
</source>
        <translation>Usage: duban-cli &lt;command&gt; [options]
</translation>
    </message>
    <message>
        <source>命令:
</source>
        <translation>Commands:
</translation>
    </message>
    <message>
        <source>退出码：0 成功，1 用法错误，2 输入有误（文件、任务或单位），3 数据库问题，4 冲突（任务已被他人修改）
</source>
        <translation>Exit codes: 0 done, 1 usage error, 2 bad input (a file, task or unit), 3 database problem, 4 conflict (the task was changed by someone else)
</translation>
    </message>
    <message>
        <source>任务名称（必填）</source>
        <translation>Task title (required)</translation>
    </message>
    <message>
        <source>任务内容</source>
        <translation>Task text</translation>
    </message>
    <message>
        <source>牵头单位，多个用顿号分隔</source>
        <translation>Lead units, separated by 、</translation>
    </message>
    <message>
        <source>配合单位，多个用顿号分隔</source>
        <translation>Co-units, separated by 、</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>录入人（必填）</source>
        <translation>Entered by (required)</translation>
    </message>
    <message>
        <source>必须用 --title 给出任务名称</source>
        <translation>Give the task's title with --title</translation>
    </message>
    <message>
        <source>必须用 --by 注明录入人</source>
        <translation>Name who enters it with --by</translation>
    </message>
    <message>
        <source>已新建任务 %1：%2</source>
        <translation>Created task %1: %2</translation>
    </message>
    <message>
        <source>新建一项任务（提取遗漏或电话交办的任务），记入修改记录</source>
        <translation>Create a task (missed by extraction or assigned by phone), recorded in the audit trail</translation>
    </message>
    <message>
        <source>备份文件，不能已存在</source>
        <translation>Backup file; must not exist yet</translation>
    </message>
    <message>
        <source>已把 %1 备份到 %2</source>
        <translation>Backed up %1 to %2</translation>
    </message>
    <message>
        <source>备份数据库（程序运行中也能得到一致的副本）</source>
        <translation>Back up the database (a consistent copy even while the app runs)</translation>
    </message>
    <message>
        <source>撤销原因（必填）</source>
        <translation>Reason for cancelling (required)</translation>
    </message>
    <message>
        <source>必须用 --reason 写明撤销原因</source>
        <translation>Give the reason for cancelling with --reason</translation>
    </message>
    <message>
        <source>已撤销任务 %1（原因：%2）</source>
        <translation>Cancelled task %1 (reason: %2)</translation>
    </message>
    <message>
        <source>撤销任务：任务不再出现在列表和报表中，保留全部记录（须写明原因）</source>
        <translation>Cancel a task: it no longer appears in lists and reports, all records stay (a reason is required)</translation>
    </message>
    <message>
        <source>数据库 %1 有问题：</source>
        <translation>Database %1 has problems:</translation>
    </message>
    <message>
        <source>数据库 %1 完好：结构版本 %2，%3 项任务，%4 份通知</source>
        <translation>Database %1 is sound: schema version %2, %3 tasks, %4 directives</translation>
    </message>
    <message>
        <source>检查数据库是否完好</source>
        <translation>Check that the database is sound</translation>
    </message>
    <message>
        <source>参数个数不对</source>
        <translation>Wrong number of arguments</translation>
    </message>
    <message>
        <source>已删除任务 %1</source>
        <translation>Deleted task %1</translation>
    </message>
    <message>
        <source>删除任务：仅限没有任何进展和修改记录的任务</source>
        <translation>Delete a task: only one with no progress and no edits recorded</translation>
    </message>
    <message>
        <source>未知的输出格式: %1（可选 %2）</source>
        <translation>Unknown output format: %1 (choose %2)</translation>
    </message>
    <message>
        <source> 或 </source>
        <translation> or </translation>
    </message>
    <message>
        <source>写入 Excel 台账</source>
        <translation>Write an Excel ledger</translation>
    </message>
    <message>
        <source>写入 CSV 台账（UTF-8，带 BOM）</source>
        <translation>Write a CSV ledger (UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>只导出此单位（牵头或配合）的任务</source>
        <translation>Export only the tasks of this unit (lead or co-unit)</translation>
    </message>
    <message>
        <source>只导出此状态的任务</source>
        <translation>Export only the tasks with this status</translation>
    </message>
    <message>
        <source>只导出标题、内容或单位含此文字的任务</source>
        <translation>Export only the tasks whose title, text or units contain this text</translation>
    </message>
    <message>
        <source>已导出 %1 项任务到 %2</source>
        <translation>Exported %1 tasks to %2</translation>
    </message>
    <message>
        <source>把任务导出为台账（Excel .xlsx 或 CSV）</source>
        <translation>Export tasks as a ledger (Excel .xlsx or CSV)</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>要提取的文件，可多个</source>
        <translation>Files to extract from (one or more)</translation>
    </message>
    <message>
        <source>输出格式: json 或 table</source>
        <translation>Output format: json or table</translation>
    </message>
    <message>
        <source>从通知、实施意见、实施方案中提取任务（Word、WPS、OFD、PDF、Excel、文本）</source>
        <translation>Extract tasks from notices, opinions and implementation plans (Word, WPS, OFD, PDF, Excel, text)</translation>
    </message>
    <message>
        <source>单位反馈表：导出给单位填写，导入交回的表</source>
        <translation>Unit feedback sheets: export them for units to fill in, import the ones sent back</translation>
    </message>
    <message>
        <source>用法: duban-cli feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)
      duban-cli feedback import --db PATH FILE.xlsx --by NAME [--yes]
</source>
        <translation>Usage: duban-cli feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)
       duban-cli feedback import --db PATH FILE.xlsx --by NAME [--yes]
</translation>
    </message>
    <message>
        <source>导出此单位的反馈表</source>
        <translation>Export this unit's sheet</translation>
    </message>
    <message>
        <source>输出文件（与 --unit 一起使用）</source>
        <translation>Output file (with --unit)</translation>
    </message>
    <message>
        <source>为每个有任务的单位各导出一个文件</source>
        <translation>One file for every unit that has tasks</translation>
    </message>
    <message>
        <source>输出文件夹（与 --all 一起使用）</source>
        <translation>Output folder (with --all)</translation>
    </message>
    <message>
        <source>请用 --unit 单位 --out 文件.xlsx 导出一个单位，或用 --all --dir 文件夹 导出全部单位</source>
        <translation>Use --unit UNIT --out FILE.xlsx for one unit, or --all --dir FOLDER for every unit</translation>
    </message>
    <message>
        <source>数据库中没有单位“%1”</source>
        <translation>The database has no unit “%1”</translation>
    </message>
    <message>
        <source>已为 %1 个单位导出反馈表到 %2</source>
        <translation>Exported feedback sheets for %1 units to %2</translation>
    </message>
    <message>
        <source>为单位导出反馈表（Excel .xlsx），由单位联络员填写后交回</source>
        <translation>Export feedback sheets (Excel .xlsx) for units to fill in and send back</translation>
    </message>
    <message>
        <source>单位：%1　导出日期：%2　文件：%3</source>
        <translation>Unit: %1  Exported: %2  File: %3</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>  第 %1 行 [%2] 任务 %3 %4</source>
        <translation>  Row %1 [%2] task %3 %4</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>　进展：%1</source>
        <translation>  progress: %1</translation>
    </message>
    <message>
        <source>　填报人：%1</source>
        <translation>  by: %1</translation>
    </message>
    <message>
        <source>以下 %1 行未通过检查，不会导入：</source>
        <translation>These %1 rows failed the checks and will not be imported:</translation>
    </message>
    <message>
        <source>  第 %1 行：%2</source>
        <translation>  Row %1: %2</translation>
    </message>
    <message>
        <source>可导入 %1 行，不变 %2 行，拒绝 %3 行</source>
        <translation>%1 rows to import, %2 unchanged, %3 refused</translation>
    </message>
    <message>
        <source>导入人（记入修改记录）</source>
        <translation>Person importing (recorded in the audit log)</translation>
    </message>
    <message>
        <source>确认写入通过检查的行</source>
        <translation>Write the rows that passed the checks</translation>
    </message>
    <message>
        <source>交回的反馈表（.xlsx）</source>
        <translation>The returned feedback sheet (.xlsx)</translation>
    </message>
    <message>
        <source>请用 --by 姓名 注明导入人</source>
        <translation>Name the person importing with --by NAME</translation>
    </message>
    <message>
        <source>未做修改。确认无误后加 --yes 再次导入。</source>
        <translation>Nothing was changed. When this looks right, import again with --yes.</translation>
    </message>
    <message>
        <source>没有需要导入的内容。</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <source>已导入：新增进展 %1 条，进度变更 %2 项，状态变更 %3 项</source>
        <translation>Imported: %1 progress notes, %2 percent changes, %3 status changes</translation>
    </message>
    <message>
        <source>导入单位交回的反馈表：先显示预览，加 --yes 才写入数据库</source>
        <translation>Import a feedback sheet a unit sent back: shows a preview; --yes writes it</translation>
    </message>
    <message>
        <source>请指定一个反馈表文件</source>
        <translation>Name one feedback sheet file</translation>
    </message>
    <message>
        <source>写入 PDF（A4 横向）</source>
        <translation>Write a PDF (A4 landscape)</translation>
    </message>
    <message>
        <source>写入 PNG 图片</source>
        <translation>Write a PNG image</translation>
    </message>
    <message>
        <source>开始日期（默认：最早的任务）</source>
        <translation>First day (default: the earliest task)</translation>
    </message>
    <message>
        <source>结束日期（默认：最晚的时限）</source>
        <translation>Last day (default: the latest deadline)</translation>
    </message>
    <message>
        <source>版式: pages（按原比例分页）、height（适合页高）、page（缩放到一页）</source>
        <translation>Layout: pages (at scale, across pages), height (fit to page height), page (fit to one page)</translation>
    </message>
    <message>
        <source>分组: directive（按文件）或 unit（按牵头单位）</source>
        <translation>Grouping: directive or unit (lead unit)</translation>
    </message>
    <message>
        <source>时间刻度: day、week、month、quarter、year</source>
        <translation>Time scale: day, week, month, quarter, year</translation>
    </message>
    <message>
        <source>计算逾期所用的日期（默认今天）</source>
        <translation>Date that overdue is judged on (default today)</translation>
    </message>
    <message>
        <source>未知的版式“%1”，可用 pages、height、page</source>
        <translation>Unknown layout "%1"; use pages, height or page</translation>
    </message>
    <message>
        <source>未知的分组“%1”，可用 directive、unit</source>
        <translation>Unknown grouping "%1"; use directive or unit</translation>
    </message>
    <message>
        <source>未知的时间刻度“%1”</source>
        <translation>Unknown time scale "%1"</translation>
    </message>
    <message>
        <source>甘特图（按牵头单位分组）</source>
        <translation>Gantt chart (by lead unit)</translation>
    </message>
    <message>
        <source>甘特图（按文件分组）</source>
        <translation>Gantt chart (by directive)</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>已把 %1 项任务的甘特图写入 %2</source>
        <translation>Wrote the Gantt chart of %1 tasks to %2</translation>
    </message>
    <message>
        <source>已把 %1 项任务的甘特图打印为 %2 页：%3</source>
        <translation>Printed the Gantt chart of %1 tasks on %2 pages: %3</translation>
    </message>
    <message>
        <source>把甘特图打印为 PDF 或导出为 PNG 图片</source>
        <translation>Print the Gantt chart to a PDF or export it as a PNG image</translation>
    </message>
    <message>
        <source>要查看选项的命令</source>
        <translation>The command whose options to show</translation>
    </message>
    <message>
        <source>未知命令: %1
</source>
        <translation>Unknown command: %1
</translation>
    </message>
    <message>
        <source>显示本帮助，或一个命令的选项</source>
        <translation>Show this help, or the options of one command</translation>
    </message>
    <message>
        <source>%1 是已导入通知的修改版本，与库中版本相比：</source>
        <translation>%1 is a changed version of an imported directive; compared with the stored version:</translation>
    </message>
    <message>
        <source>新增：%1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>修改：[%1] %2（%3）</source>
        <translation>Changed: [%1] %2 (%3)</translation>
    </message>
    <message>
        <source>不再出现：[%1] %2%3</source>
        <translation>Gone: [%1] %2%3</translation>
    </message>
    <message>
        <source>（已有 %1 条进展，将保留）</source>
        <translation> (has %1 progress updates, which are kept)</translation>
    </message>
    <message>
        <source>要导入的文件，可多个</source>
        <translation>Files to import (one or more)</translation>
    </message>
    <message>
        <source>确认导入已导入通知的修改版本</source>
        <translation>Confirm importing a changed version of an imported directive</translation>
    </message>
    <message>
        <source>导入人（默认：当前登录名）</source>
        <translation>Who imports (default: the login name)</translation>
    </message>
    <message>
        <source>%1 已导入过（内容相同），未做修改</source>
        <translation>%1 was already imported (same content); nothing changed</translation>
    </message>
    <message>
        <source>已导入 %1：新增 %2 项，修改 %3 项，未变 %4 项，撤销 %5 项</source>
        <translation>Imported %1: %2 new, %3 changed, %4 unchanged, %5 retired</translation>
    </message>
    <message>
        <source>新单位（待核对）：%1</source>
        <translation>New units (to be checked): %1</translation>
    </message>
    <message>
        <source>把通知文件中的任务导入数据库（每个文件一个事务：全部导入或都不导入）</source>
        <translation>Import the tasks of directive files into the database (one transaction per file: all or nothing)</translation>
    </message>
    <message>
        <source>只列此单位（牵头或配合）的任务</source>
        <translation>Only tasks of this unit (lead or co-unit)</translation>
    </message>
    <message>
        <source>状态: not_started、in_progress、done、suspended</source>
        <translation>Status: not_started, in_progress, done, suspended</translation>
    </message>
    <message>
        <source>截止日期早于此日</source>
        <translation>Deadline before this date</translation>
    </message>
    <message>
        <source>在标题、内容和单位名称中查找</source>
        <translation>Search titles, texts and unit names</translation>
    </message>
    <message>
        <source>列出任务</source>
        <translation>List tasks</translation>
    </message>
    <message>
        <source>未知的状态“%1”</source>
        <translation>Unknown status "%1"</translation>
    </message>
    <message>
        <source>请用 --%1 FILE 或 --%2 FILE 指定一个输出文件</source>
        <translation>Name one output file with --%1 FILE or --%2 FILE</translation>
    </message>
    <message>
        <source>按此日期计算（默认今天）</source>
        <translation>Judge as of this date (default today)</translation>
    </message>
    <message>
        <source>同时列出此天数内到期的任务</source>
        <translation>Also list tasks due within this many days</translation>
    </message>
    <message>
        <source>--due-soon-days 应为非负整数</source>
        <translation>--due-soon-days must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>截至 %1：逾期 %2 项，%3 天内到期 %4 项，欠进度 %5 项（未逾期、低于序时进度 %6 个百分点以上），无时限 %7 项，已办结 %8 项，共 %9 项</source>
        <translation>As of %1: %2 overdue, %4 due within %3 days, %5 behind pace (not overdue, more than %6 points below the time elapsed), %7 without deadline, %8 done, %9 in all</translation>
    </message>
    <message>
        <source>截至 %1 的逾期任务</source>
        <translation>Overdue tasks as of %1</translation>
    </message>
    <message>
        <source>（及 %1 天内到期的任务）</source>
        <translation> (and tasks due within %1 days)</translation>
    </message>
    <message>
        <source>列出逾期任务及其牵头单位</source>
        <translation>List overdue tasks with their lead units</translation>
    </message>
    <message>
        <source>报告周次，如 2022-W40（周一至周日）</source>
        <translation>Report week, e.g. 2022-W40 (Monday to Sunday)</translation>
    </message>
    <message>
        <source>报告期间的起始日期</source>
        <translation>First day of the report period</translation>
    </message>
    <message>
        <source>报告期间的截止日期</source>
        <translation>Last day of the report period</translation>
    </message>
    <message>
        <source>统计截止日期（默认：期末或今天）</source>
        <translation>Count as of this day (default: the period end, or today)</translation>
    </message>
    <message>
        <source>落款日期（默认：--as-of 的日期或今天）</source>
        <translation>Date printed on the report (default: --as-of, or today)</translation>
    </message>
    <message>
        <source>只统计此单位（牵头或配合）的任务，可重复</source>
        <translation>Only tasks of this unit (lead or co-unit); may repeat</translation>
    </message>
    <message>
        <source>只统计此文件编号的任务，可重复</source>
        <translation>Only tasks of this directive id; may repeat</translation>
    </message>
    <message>
        <source>发文单位，如 市政府督查室</source>
        <translation>Issuing office, e.g. City Supervision Office</translation>
    </message>
    <message>
        <source>报告名称（默认：督查周报）</source>
        <translation>Report title (default: 督查周报)</translation>
    </message>
    <message>
        <source>工作要求的文本文件（UTF-8）</source>
        <translation>Text file with the requirements (UTF-8)</translation>
    </message>
    <message>
        <source>写入 PDF</source>
        <translation>Write PDF</translation>
    </message>
    <message>
        <source>写入 HTML</source>
        <translation>Write HTML</translation>
    </message>
    <message>
        <source>印发人（默认：当前登录名）</source>
        <translation>Issued by (default: the login name)</translation>
    </message>
    <message>
        <source>请用 --week 2022-W40 或 --from 日期 --to 日期 指定报告期间（二选一）</source>
        <translation>Give the period either as --week 2022-W40 or as --from DATE --to DATE</translation>
    </message>
    <message>
        <source>--from 与 --to 须同时给出</source>
        <translation>--from and --to go together</translation>
    </message>
    <message>
        <source>“%1”不是有效的文件编号</source>
        <translation>“%1” is not a directive id</translation>
    </message>
    <message>
        <source>无法读取工作要求文件 %1：%2</source>
        <translation>Cannot read the requirements file %1: %2</translation>
    </message>
    <message>
        <source>已生成%1第%2期（%3）：%4</source>
        <translation>Wrote %1 issue %2 (%3): %4</translation>
    </message>
    <message>
        <source>，共 %1 页</source>
        <translation>, %1 pages</translation>
    </message>
    <message>
        <source>生成督查周报（PDF 或 HTML）</source>
        <translation>Write the weekly supervision report (PDF or HTML)</translation>
    </message>
    <message>
        <source>已恢复任务 %1</source>
        <translation>Restored task %1</translation>
    </message>
    <message>
        <source>恢复已撤销的任务</source>
        <translation>Restore a cancelled task</translation>
    </message>
    <message>
        <source>任务编号</source>
        <translation>Task ID</translation>
    </message>
    <message>
        <source>修改人（必填）</source>
        <translation>Changed by (required)</translation>
    </message>
    <message>
        <source>要读取的文件，可多个</source>
        <translation>Files to read, one or more</translation>
    </message>
    <message>
        <source>输出格式: text 或 json</source>
        <translation>Output format: text or json</translation>
    </message>
    <message>
        <source>显示督办从文件中读到的文字（提取任务所依据的正文）</source>
        <translation>Show the text Duban read from files (what task extraction works on)</translation>
    </message>
    <message>
        <source>把单位 A 合并到单位 B（后跟两个名称：--merge A B）</source>
        <translation>Merge unit A into unit B (two names follow: --merge A B)</translation>
    </message>
    <message>
        <source>修改人（默认：当前登录名）</source>
        <translation>Who makes the change (default: the login name)</translation>
    </message>
    <message>
        <source>合并的目标单位（与 --merge 一起用）</source>
        <translation>The unit to merge into (with --merge)</translation>
    </message>
    <message>
        <source>合并用法：units --merge A B</source>
        <translation>Merge usage: units --merge A B</translation>
    </message>
    <message>
        <source>已把“%1”合并到“%2”，原名保留为别名</source>
        <translation>Merged "%1" into "%2"; the old name stays as an alias</translation>
    </message>
    <message>
        <source>列出单位，或把一个单位合并到另一个（原名保留为别名）</source>
        <translation>List units, or merge one unit into another (the old name stays as an alias)</translation>
    </message>
    <message>
        <source>新状态: not_started、in_progress、done、suspended</source>
        <translation>New status: not_started, in_progress, done, suspended</translation>
    </message>
    <message>
        <source>完成百分比 0–100</source>
        <translation>Percent done, 0–100</translation>
    </message>
    <message>
        <source>进展说明</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>进展日期（默认今天）</source>
        <translation>Date of the progress note (default today)</translation>
    </message>
    <message>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <source>--percent 应为 0 到 100 之间的整数</source>
        <translation>--percent must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>没有要修改的内容：请给出 --status、--percent 或 --note</source>
        <translation>Nothing to change: give --status, --percent or --note</translation>
    </message>
    <message>
        <source>任务 %1 的%2：%3 → %4</source>
        <translation>Task %1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>任务 %1 已记录进展</source>
        <translation>Progress recorded for task %1</translation>
    </message>
    <message>
        <source>，进度 %1% → %2%</source>
        <translation>, percent %1% → %2%</translation>
    </message>
    <message>
        <source>任务 %1 的状态随进度改为：%2 → %3</source>
        <translation>Task %1 status follows its progress: %2 → %3</translation>
    </message>
    <message>
        <source>任务 %1 的进度随状态改为：%2% → %3%</source>
        <translation>Task %1 percent follows its status: %2% → %3%</translation>
    </message>
    <message>
        <source>修改任务的状态、进度，或填报进展（均记入修改记录）</source>
        <translation>Change a task's status or percent, or record progress (all kept in the audit trail)</translation>
    </message>
    <message>
        <source>数据库文件（默认：%1），或数据库服务器 postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或 ~/.pgpass）</source>
        <translation>Database file (default: %1), or a database server postgresql://user@host:port/database (password from PGPASSWORD or ~/.pgpass)</translation>
    </message>
    <message>
        <source>“duban-cli help 命令”或“duban-cli 命令 --help”显示该命令的选项；处理数据库的命令均可用 --db PATH 指定数据库文件，或用 --db postgresql://用户@主机:端口/数据库 指定数据库服务器。
</source>
        <translation>"duban-cli help COMMAND" or "duban-cli COMMAND --help" shows a command's options; commands on the database take --db PATH for a database file, or --db postgresql://user@host:port/database for a database server.
</translation>
    </message>
    <message>
        <source>server 命令需要用 --db postgresql://用户@主机/数据库 指定数据库服务器</source>
        <translation>server commands need the database server as --db postgresql://user@host/database</translation>
    </message>
    <message>
        <source>服务器 %1 已就绪：结构版本 %2，角色 duban_office、duban_liaison、duban_leader 与行级权限已设置</source>
        <translation>Server %1 is ready: schema version %2, roles duban_office, duban_liaison, duban_leader and row-level security set</translation>
    </message>
    <message>
        <source>固定为 add：添加一个登录用户</source>
        <translation>always add: adds a login</translation>
    </message>
    <message>
        <source>登录名（小写英文字母、数字、下划线）</source>
        <translation>login name (lowercase letters, digits, underscores)</translation>
    </message>
    <message>
        <source>角色：office（督查室）、liaison（单位联络员）或 leader（领导）</source>
        <translation>role: office (supervision office), liaison (unit liaison) or leader (leadership)</translation>
    </message>
    <message>
        <source>联络员所属单位</source>
        <translation>the liaison's unit</translation>
    </message>
    <message>
        <source>从标准输入读取新用户的密码（否则读环境变量 DUBAN_NEW_PASSWORD）</source>
        <translation>read the new user's password from standard input (otherwise from the environment variable DUBAN_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>用法：server user add 登录名 --role 角色 [--unit 单位]</source>
        <translation>Usage: server user add LOGIN --role ROLE [--unit UNIT]</translation>
    </message>
    <message>
        <source>--role 应为 office、liaison 或 leader</source>
        <translation>--role must be office, liaison or leader</translation>
    </message>
    <message>
        <source>请用 --password-stdin 或环境变量 DUBAN_NEW_PASSWORD 给出新用户的密码</source>
        <translation>Give the new user's password with --password-stdin or the environment variable DUBAN_NEW_PASSWORD</translation>
    </message>
    <message>
        <source>已在 %1 上添加登录用户 %2（%3）</source>
        <translation>Added login %2 (%3) on %1</translation>
    </message>
    <message>
        <source>单机的督办数据库文件（.sqlite），只读取不修改</source>
        <translation>a single-desk Duban database file (.sqlite), read and never changed</translation>
    </message>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>Database file does not exist: %1</translation>
    </message>
    <message>
        <source>已把 %1 导入服务器 %2：%3 项任务</source>
        <translation>Imported %1 into server %2: %3 tasks</translation>
    </message>
    <message>
        <source>在数据库服务器上建立结构、角色（督查室、联络员、领导）与行级权限</source>
        <translation>Set up the schema, roles (office, liaison, leader) and row-level security on a database server</translation>
    </message>
    <message>
        <source>添加登录用户：server user add 登录名 --role 角色</source>
        <translation>Add a login: server user add LOGIN --role ROLE</translation>
    </message>
    <message>
        <source>把单机数据库整个导入新的服务器数据库</source>
        <translation>Import a whole single-desk database into a new server database</translation>
    </message>
    <message>
        <source>数据库服务器：建立结构与角色、添加用户、导入单机数据库</source>
        <translation>Database server: set up schema and roles, add users, import a single-desk database</translation>
    </message>
    <message>
        <source>用法: duban-cli server init --db URL
      duban-cli server user add 登录名 --role office|liaison|leader [--unit 单位] --db URL
      duban-cli server import-sqlite 文件 --db URL
</source>
        <translation>Usage: duban-cli server init --db URL
      duban-cli server user add LOGIN --role office|liaison|leader [--unit UNIT] --db URL
      duban-cli server import-sqlite FILE --db URL
</translation>
    </message>
    <message>
        <source>督办步骤：%1（也可写 extend-request 或 延期申请）</source>
        <translation>Workflow step: %1 (extend-request or the Chinese name work too)</translation>
    </message>
    <message>
        <source>所涉单位（签收、催办、申请的单位；默认：任务本身）</source>
        <translation>The unit concerned (who signs, is chased, asks; default: the task)</translation>
    </message>
    <message>
        <source>事件日期（默认今天）</source>
        <translation>The day it counts for (default today)</translation>
    </message>
    <message>
        <source>催办级别：1 提醒、2 催办、3 通报</source>
        <translation>Chase level: 1 reminder, 2 chase, 3 public notice</translation>
    </message>
    <message>
        <source>延期申请：申请延至；同意延期：延至（默认：按申请）</source>
        <translation>Extension request: the date asked; approval: the date granted (default: as asked)</translation>
    </message>
    <message>
        <source>理由或说明（延期申请、不同意延期、复核退回、暂缓、撤销须填写）</source>
        <translation>Reason or note (required for an extension request, a refusal, a return, a suspension, a cancellation)</translation>
    </message>
    <message>
        <source>催办：通知单编号（默认：下一个编号）</source>
        <translation>Chase: the notice number (default: the next one)</translation>
    </message>
    <message>
        <source>记录人（必填）</source>
        <translation>Recorded by (required)</translation>
    </message>
    <message>
        <source>未知的督办步骤“%1”，应为 %2 之一</source>
        <translation>Unknown workflow step “%1”; expected one of %2</translation>
    </message>
    <message>
        <source>--level 应为 1（提醒）、2（催办）或 3（通报）</source>
        <translation>--level must be 1 (reminder), 2 (chase) or 3 (public notice)</translation>
    </message>
    <message>
        <source>未知单位“%1”</source>
        <translation>Unknown unit “%1”</translation>
    </message>
    <message>
        <source>任务 %1：已记录“%2”（事件 %3）</source>
        <translation>Task %1: recorded “%2” (event %3)</translation>
    </message>
    <message>
        <source>，%1，%2</source>
        <translation>, %1, %2</translation>
    </message>
    <message>
        <source>，完成时限延至 %1（原定 %2）</source>
        <translation>, deadline now %1 (originally %2)</translation>
    </message>
    <message>
        <source>，任务已办结</source>
        <translation>, the task is done</translation>
    </message>
    <message>
        <source>记录督办步骤：交办、签收、催办、延期申请与审批、办结申请、复核、销号、暂缓、恢复、撤销</source>
        <translation>Record a workflow step: assign, sign, chase, extension request and decision, completion claim, review, strike-off, suspend, resume, cancel</translation>
    </message>
    <message>
        <source>请给出任务编号和督办步骤，如：event 12 sign --unit 市财政局 --by 张三</source>
        <translation>Give the task ID and the step, e.g. event 12 sign --unit 市财政局 --by 张三</translation>
    </message>
    <message>
        <source>输出格式：table（默认）或 json</source>
        <translation>Output format: table (default) or json</translation>
    </message>
    <message>
        <source>--format 应为 table 或 json</source>
        <translation>--format must be table or json</translation>
    </message>
    <message>
        <source>（%1）%2</source>
        <translation> (%1) %2</translation>
    </message>
    <message>
        <source> 延至 %1</source>
        <translation> to %1</translation>
    </message>
    <message>
        <source>任务 %1 还没有督办记录</source>
        <translation>Task %1 has no workflow steps yet</translation>
    </message>
    <message>
        <source>任务的督办记录（时间线），按时间先后</source>
        <translation>A task's workflow steps (timeline), oldest first</translation>
    </message>
    <message>
        <source>写入此 .ics 文件</source>
        <translation>Write this .ics file</translation>
    </message>
    <message>
        <source>需要 --out FILE</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>已写入 %1 项任务期限：%2</source>
        <translation>Wrote %1 task deadlines: %2</translation>
    </message>
    <message>
        <source>把任务期限导出为日历文件（.ics）</source>
        <translation>Export task deadlines as a calendar file (.ics)</translation>
    </message>
    <message>
        <source>催办的单位（必填）</source>
        <translation>The unit to chase (required)</translation>
    </message>
    <message>
        <source>级别：1 提醒、2 催办（默认）、3 通报（督办通知单）</source>
        <translation>Level: 1 reminder, 2 chase (default), 3 public notice (supervision notice)</translation>
    </message>
    <message>
        <source>列入的任务编号，可重复（默认：该单位全部在办任务）</source>
        <translation>Task ID to list, repeatable (default: all the unit's open tasks)</translation>
    </message>
    <message>
        <source>签发日期（默认今天）</source>
        <translation>Issue date (default today)</translation>
    </message>
    <message>
        <source>反馈时限（默认：签发后 3 天）</source>
        <translation>Reply by (default: 3 days after issue)</translation>
    </message>
    <message>
        <source>写在任务表上方的要求</source>
        <translation>Requirements printed above the task table</translation>
    </message>
    <message>
        <source>写入 PDF（必填）</source>
        <translation>Write the PDF (required)</translation>
    </message>
    <message>
        <source>必须用 --unit 指定单位、用 --pdf 指定输出文件</source>
        <translation>Give the unit with --unit and the output file with --pdf</translation>
    </message>
    <message>
        <source>任务编号“%1”应为正整数</source>
        <translation>Task ID “%1” must be a positive whole number</translation>
    </message>
    <message>
        <source>任务 %1 不是%2在办的任务</source>
        <translation>Task %1 is not an open task of %2</translation>
    </message>
    <message>
        <source>%1没有在办的任务，不需要催办</source>
        <translation>%1 has no open tasks; nothing to chase</translation>
    </message>
    <message>
        <source>已写入%1 %2（%3，%4 项任务，%5 页）：%6，已登记为已发出</source>
        <translation>Wrote %1 %2 (%3, %4 tasks, %5 pages): %6, recorded as sent</translation>
    </message>
    <message>
        <source>催办：生成编号的催办单 / 督办通知单（PDF）并登记为已发出</source>
        <translation>Chase: write the numbered chaser / supervision notice (PDF) and record it as sent</translation>
    </message>
    <message>
        <source>按此日期提醒（默认今天）</source>
        <translation>Remind as of this date (default today)</translation>
    </message>
    <message>
        <source>只列出此单位（牵头或配合）的任务</source>
        <translation>Only this unit's tasks (lead or co)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>截至 %1%2：逾期 %3 项，%4 天内到期 %5 项</source>
        <translation>As of %1%2: %3 overdue, %5 due within %4 days</translation>
    </message>
    <message>
        <source>列出需要催办的任务：逾期及临期</source>
        <translation>List what to chase: overdue and due soon</translation>
    </message>
    <message>
        <source>延期的任务按原定完成时限评判（按原定时间考核）</source>
        <translation>Judge extended tasks by their original deadline (assessment by the original time)</translation>
    </message>
    <message>
        <source>考评期间的第一天</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>考评期间的最后一天</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>按审计记录还原到此日（默认期末）</source>
        <translation>Replay the audit trail to this day (default the period's end)</translation>
    </message>
    <message>
        <source>输出格式：table（默认）、json 或 xlsx</source>
        <translation>Output format: table (default), json or xlsx</translation>
    </message>
    <message>
        <source>xlsx 写入此文件</source>
        <translation>File for xlsx</translation>
    </message>
    <message>
        <source>评分规则（JSON 文件；默认内置规则）</source>
        <translation>Scoring rule (JSON file; default the built-in rule)</translation>
    </message>
    <message>
        <source>需要 --from 和 --to</source>
        <translation>--from and --to are required</translation>
    </message>
    <message>
        <source>--from 不能晚于 --to</source>
        <translation>--from must not be after --to</translation>
    </message>
    <message>
        <source>--format 应为 table、json 或 xlsx</source>
        <translation>--format must be table, json or xlsx</translation>
    </message>
    <message>
        <source>--format xlsx 需要 --out FILE</source>
        <translation>--format xlsx needs --out FILE</translation>
    </message>
    <message>
        <source>无法读取评分规则 %1</source>
        <translation>Cannot read the scoring rule %1</translation>
    </message>
    <message>
        <source>已写入 %1 个单位的考评排名：%2</source>
        <translation>Wrote the ranking of %1 units: %2</translation>
    </message>
    <message>
        <source>考评 %1 至 %2（截至 %3），%4 个单位</source>
        <translation>Assessment %1 to %2 (as of %3), %4 units</translation>
    </message>
    <message>
        <source>考评：按评分规则给各单位打分排名</source>
        <translation>Assessment: score and rank units by the office's rule</translation>
    </message>
    <message>
        <source>临期天数（默认：预警设置中的临期天数）</source>
        <translation>Days counted as due soon (default: the due-soon window in the warning settings)</translation>
    </message>
    <message>
        <source>--days 应为非负整数</source>
        <translation>--days must be a non-negative integer</translation>
    </message>
</context>
<context>
    <name>duban::cli::CommandContext</name>
    <message>
        <source>数据库结构已升级，升级前的副本保存在 %1</source>
        <translation>The database schema was upgraded; the copy from before the upgrade is at %1</translation>
    </message>
</context>
<context>
    <name>duban::store</name>
    <message>
        <source>数据库 %1 正被其他程序写入，无法升级结构（%2）</source>
        <translation>Database %1 is being written by another program; cannot upgrade its schema (%2)</translation>
    </message>
    <message>
        <source>升级数据库 %1 失败（%2）：%3</source>
        <translation>Upgrading database %1 failed (%2): %3</translation>
    </message>
    <message>
        <source>程序内置的数据库升级脚本编号不连续：%1</source>
        <translation>The program's built-in upgrade scripts are not numbered consecutively: %1</translation>
    </message>
    <message>
        <source>数据库地址“%1”无效：%2。格式为 postgresql://用户@主机:端口/数据库 或 postgresql://用户@/数据库?host=/套接字目录</source>
        <translation>Invalid database address "%1": %2. The form is postgresql://user@host:port/database or postgresql://user@/database?host=/socket/dir</translation>
    </message>
    <message>
        <source>缺少数据库名</source>
        <translation>the database name is missing</translation>
    </message>
    <message>
        <source>不认识的参数 %1</source>
        <translation>unknown parameter %1</translation>
    </message>
    <message>
        <source>端口须为 1–65535 之间的数字</source>
        <translation>the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <source>地址中有不允许的字符（如空格），请检查用户名、主机和数据库名</source>
        <translation>it has a character a URL may not hold (such as a space): check the user, host and database name</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>督办</source>
        <translation>Duban</translation>
    </message>
    <message>
        <source>督办：政府督查任务跟踪</source>
        <translation>Duban: government directive task tracker</translation>
    </message>
    <message>
        <source>把每个视图截图保存到目录后退出</source>
        <translation>Save a screenshot of each view into DIR and quit</translation>
    </message>
    <message>
        <source>以指定日期为“今天”计算逾期与进度（演示、核对）</source>
        <translation>Compute due states and pace as of this date (demos, checks)</translation>
    </message>
    <message>
        <source>打开指定的数据库文件，或服务器上的数据库（postgresql://用户@主机:端口/数据库）</source>
        <translation>Open the given database file, or a database on a server (postgresql://user@host:port/database)</translation>
    </message>
</context>
</TS>