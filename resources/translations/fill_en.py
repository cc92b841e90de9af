#!/usr/bin/env python3
"""Fills duban_en.ts with the English glossary below (run after `cmake --build B --target duban_i18n_lupdate`).

Source strings are Simplified Chinese; this keeps the English translation in one reviewable place.
Strings missing from the glossary are listed so they can be added.
"""
import sys
import xml.etree.ElementTree as ET

EN = {
    '端口须为 1–65535 之间的数字': 'the port must be a number from 1 to 65535',
    '%1（在 Duban 之外修改）': '%1 (changed outside Duban)',
    '地址中有不允许的字符（如空格），请检查用户名、主机和数据库名': 'it has a character a URL may not hold (such as a space): check the user, host and database name',
    '无时限': 'No deadline', '正常': 'On track', '临期': 'Due soon', '逾期': 'Overdue', '已办结': 'Done',
    '暂缓': 'Suspended', '督办': 'Duban', '切换视图（Ctrl+1 至 Ctrl+6）': 'Switch view (Ctrl+1 to Ctrl+6)',
    '欠进度': 'Behind', '达进度': 'On pace', '超进度': 'Ahead', '记录进展': 'Record progress', '日期：': 'Date:',
    'yyyy-MM-dd': 'yyyy-MM-dd', '完成进度：': 'Percent done:', '%': '%', '进展情况：': 'Progress:',
    '本期完成了哪些工作、存在什么问题、下一步打算': 'What was done, what problems remain, what comes next',
    '填报人：': 'Reported by:', '填报单位：': 'Reporting unit:', '审核提取结果': 'Review extracted tasks',
    '新版本中已不存在的任务；接受后将从数据库中移除': 'Tasks no longer in the new version; accepting removes them from the database',
    '剔除所选(&D)': 'Drop selected (&D)', '从本次导入中去掉所选任务（Delete）': 'Leave the selected tasks out of this import (Delete)',
    '放弃导入(&R)': 'Reject import (&R)', '接受所选(&S)': 'Accept selected (&S)', '全部接受(&A)': 'Accept all (&A)',
    '未开始': 'Not started', '进行中': 'In progress', '编号': 'ID', '任务': 'Tasks', '牵头单位': 'Lead units',
    '配合单位': 'Co-units', '完成时限': 'Deadline', '预警': 'Due state', '状态': 'Status', '进度': 'Progress',
    '文件': 'Directive', '更新时间': 'Updated', '任务名称': 'Title', '无': 'None', '看板': 'Kanban',
    '按状态分列展示任务卡片，拖动卡片即可改变状态。': 'Task cards in columns by status; drag a card to change its status.',
    '甘特图': 'Gantt', '按文件或牵头单位分组的时间进度图，可缩放、打印。': 'Timeline grouped by directive or lead unit, with zoom and printing.',
    '逾期预警': 'Overdue', '按红黄绿分组列出逾期与即将到期的任务，以及各单位的序时进度。':
        'Overdue and due-soon tasks in traffic-light groups, with each unit\'s pace.',
    '报表': 'Reports', '督查周报、台账导出与单位反馈表。': 'Weekly supervision report, ledger export and unit feedback sheets.',
    '已放弃导入“%1”': 'Import of "%1" rejected', '无法打开数据库': 'Cannot open database',
    '无法打开数据库 %1：%2': 'Cannot open database %1: %2', '导入文件…': 'Import files…', 'Ctrl+O': 'Ctrl+O',
    '导入 .txt / .docx / .pdf 文件，提取任务后审核': 'Import .txt / .docx / .pdf files and review the extracted tasks',
    '粘贴文本导入…': 'Import pasted text…', 'Ctrl+Shift+V': 'Ctrl+Shift+V', '撤销': 'Undo', '重做': 'Redo',
    'Ctrl+Shift+Z': 'Ctrl+Shift+Z', 'Ctrl+Y': 'Ctrl+Y', '搜索任务': 'Search tasks', '记录进展…': 'Record progress…',
    'Ctrl+E': 'Ctrl+E', '为当前任务记录一条进展': 'Record a progress update for the current task', '刷新': 'Refresh',
    '单位': 'Units', '文件(&F)': '&File', '新建数据库…': 'New database…', '打开数据库…': 'Open database…',
    'Ctrl+Shift+O': 'Ctrl+Shift+O', '最近的数据库': 'Recent databases', '备份数据库…': 'Back up database…',
    'Ctrl+Shift+B': 'Ctrl+Shift+B', '导入示例文件': 'Import sample directives', '退出': 'Quit', '编辑(&E)': '&Edit',
    '视图(&V)': '&View', '界面语言': 'Language', '跟随系统': 'Follow system', '帮助(&H)': '&Help',
    '快捷键一览': 'Keyboard shortcuts',
    'Ctrl+O 导入文件\u3000Ctrl+Shift+V 粘贴文本导入\nCtrl+F 搜索\u3000F5 刷新\u3000Ctrl+E 记录进展\nCtrl+1…6 切换视图（任务、看板、甘特图、逾期预警、报表、单位）\nCtrl+Z 撤销\u3000Ctrl+Shift+Z 重做\nCtrl+N 新建数据库\u3000Ctrl+Shift+O 打开数据库\u3000Ctrl+Shift+B 备份\nCtrl+Shift+E 导出单位反馈表\u3000Ctrl+Shift+I 导入单位反馈表\u3000Ctrl+Alt+W 预警设置\n审核时：Delete 剔除所选任务，F2 编辑单元格\n看板：方向键选择卡片，Ctrl+Shift+←/→ 改变状态，Enter 打开任务\n甘特图：Ctrl+滚轮或 Ctrl++ / Ctrl+- 缩放，Shift+滚轮左右滚动，Ctrl+T 今天，Ctrl+P 打印\n报表：Ctrl+P 打印预览\u3000Ctrl+Shift+P 打印\u3000Ctrl+Shift+S 另存为 PDF\u3000Ctrl+Shift+L 导出台账':
        'Ctrl+O import files   Ctrl+Shift+V import pasted text\nCtrl+F search   F5 refresh   Ctrl+E record progress\n'
        'Ctrl+1…6 switch view (tasks, kanban, Gantt, overdue, reports, units)\nCtrl+Z undo   Ctrl+Shift+Z redo\n'
        'Ctrl+N new database   Ctrl+Shift+O open database   Ctrl+Shift+B back up\n'
        'Ctrl+Shift+E export feedback sheets   Ctrl+Shift+I import a feedback sheet   Ctrl+Alt+W warning settings\n'
        'While reviewing: Delete drops the selected tasks, F2 edits a cell\n'
        'Kanban: arrow keys select cards, Ctrl+Shift+Left/Right change the status, Enter opens the task\n'
        'Gantt: Ctrl+wheel or Ctrl++ / Ctrl+- zoom, Shift+wheel scrolls sideways, Ctrl+T today, Ctrl+P print\n'
        'Reports: Ctrl+P print preview   Ctrl+Shift+P print   Ctrl+Shift+S save as PDF   Ctrl+Shift+L export the ledger',
    '关于督办': 'About Duban',
    '<b>督办</b> %1<br>政府督查督办任务跟踪：导入文件、提取任务、跟踪进展。':
        '<b>Duban</b> %1<br>Tracks government directives: import documents, extract tasks, follow progress.',
    '工具栏': 'Toolbar', '审核尚未完成，可随时通过“文件 › 导入”返回': 'The review is not finished; return to it via File › Import',
    '督办 — %1': 'Duban — %1',
    '共 %1 项任务\u3000逾期 %2\u3000即将到期 %3\u3000已办结 %4\u3000当前列表 %5 项':
        '%1 tasks   overdue %2   due soon %3   done %4   listed %5',
    '欢迎使用督办': 'Welcome to Duban',
    '数据库还是空的。要导入随程序附带的两份示例文件（驻马店市政府公报），看看督办如何提取和跟踪任务吗？':
        'The database is empty. Import the two sample directives shipped with Duban (Zhumadian government gazette) to see how tasks are extracted and tracked?',
    '新建数据库': 'New database', '督办数据库 (*.sqlite *.db)': 'Duban databases (*.sqlite *.db)',
    '文件 %1 已存在。请换一个名字，或用“打开数据库”打开它。': 'The file %1 exists. Choose another name, or open it with "Open database".',
    '打开数据库': 'Open database', '督办数据库 (*.sqlite *.db);;所有文件 (*)': 'Duban databases (*.sqlite *.db);;All files (*)',
    '备份数据库': 'Back up database', '督办数据库 (*.sqlite)': 'Duban databases (*.sqlite)', '已备份到 %1': 'Backed up to %1',
    '备份失败：%1': 'Backup failed: %1', '导入文件': 'Import files',
    '文件 (*.txt *.md *.docx *.pdf);;所有文件 (*)': 'Documents (*.txt *.md *.docx *.pdf);;All files (*)',
    '粘贴文本导入': 'Import pasted text', '把文件正文粘贴到下面，督办会从中提取任务：': 'Paste the directive\'s text below; Duban extracts the tasks from it:',
    '粘贴文本': 'Pasted text', '正在提取任务': 'Extracting tasks', '取消': 'Cancel',
    '正在读取并提取“%1”…': 'Reading and extracting "%1"…', '正在提取“%1”…': 'Extracting "%1"…', '已取消导入': 'Import canceled',
    '导入失败': 'Import failed', '没有找到任务': 'No tasks found',
    '在“%1”中没有找到带责任单位的任务。': 'No tasks with responsible units were found in "%1".',
    '“%1”已导入过，内容没有变化': '"%1" was imported before and has not changed', '督办 — 审核 %1': 'Duban — reviewing %1',
    '写入数据库失败，数据库未作任何更改：%1': 'Writing to the database failed; nothing was changed: %1',
    '已导入 %1 项任务': 'Imported %1 tasks',
    '界面语言将在重新启动督办后切换。\nThe language changes when Duban is restarted.':
        'The language changes when Duban is restarted.\n界面语言将在重新启动督办后切换。',
    '（此视图尚在开发中，将在后续版本提供。）': '(This view is being built and comes in a later version.)',
    '任务：%1': 'Task: %1', '保存': 'Save', '请填写进展情况。': 'Please describe the progress.',
    '请填写填报人。': 'Please enter who reports it.', '新增': 'New', '变更': 'Changed', '未变': 'Unchanged',
    '未识别的单位：%1': 'Unknown unit: %1', '未识别的单位：%1，是否为“%2”？': 'Unknown unit: %1 — did you mean "%2"?',
    '原文：%1': 'As printed: %1', '目标': 'Targets', '变化': 'Change', '接受所选': 'Accept selected',
    '请先在左侧表格中选择要接受的任务。': 'Select the tasks to accept in the table first.', '删除：%1': 'Removed: %1',
    '第 %1–%2 行': 'Lines %1–%2', '（%1）': ' (%1)',
    '⚠ 单位“%1”不在单位目录中，导入后将新建': '⚠ Unit "%1" is not in the directory; importing creates it',
    '⚠ 单位“%1”不在单位目录中，可能是“%2”': '⚠ Unit "%1" is not in the directory; perhaps "%2"',
    '<b>%1</b>\u3000共提取 %2 项任务': '<b>%1</b>   %2 tasks extracted', '%1（%2）': '%1 (%2)',
    '，来自 %1 份文件：%2': ' from %1 directive(s): %2',
    "\u3000<span style='color:#b45309'>%1 项含未识别单位</span>": "   <span style='color:#b45309'>%1 with unknown units</span>",
    "\u3000<span style='color:#b91c1c'>%1 项将被删除</span>": "   <span style='color:#b91c1c'>%1 will be removed</span>",
    '用顿号“、”分隔多个单位': 'Separate units with 、', '进度：': 'Progress:', '文件：': 'Directive:', '章节：': 'Section:',
    '牵头单位：': 'Lead units:', '配合单位：': 'Co-units:', '完成时限：': 'Deadline:', '状态：': 'Status:', '目标：': 'Targets:',
    '日期': 'Date', '填报单位': 'Unit', '填报人': 'Reported by', '进展情况': 'Progress', '记录一条进展（Ctrl+E）': 'Record a progress update (Ctrl+E)',
    '时间': 'Time', '操作人': 'By', '字段': 'Field', '原值': 'Old value', '新值': 'New value', '原文': 'Source', '进展': 'Progress log',
    '修改记录': 'History', '在左侧选择一项任务': 'Select a task on the left', '（无量化目标）': '(no quantitative targets)',
    '%1 第 %2–%3 行': '%1, lines %2–%3', '修改%1：%2': 'Edit %1: %2', '保存失败': 'Saving failed', '逾期 %1 天': '%1 days overdue',
    '批量设置状态…': 'Set status of selected…', 'Ctrl+Shift+S': 'Ctrl+Shift+S', '批量设置状态': 'Set status',
    '把所选 %1 项任务的状态设为：': 'Set the status of the %1 selected tasks to:', '批量设置牵头单位…': 'Set lead unit of selected…',
    'Ctrl+Shift+U': 'Ctrl+Shift+U', '批量设置牵头单位': 'Set lead unit', '把所选 %1 项任务的牵头单位设为：': 'Set the lead unit of the %1 selected tasks to:',
    '显示详情面板': 'Show detail panel', '搜索任务、单位、原文（Ctrl+F）': 'Search tasks, units, text (Ctrl+F)', '单位：': 'Unit:',
    '全部': 'All', '预警：': 'Due:', '不限': 'Any', '时限：': 'Deadline:', '清除筛选': 'Clear filters', '全部单位': 'All units',
    '全部文件': 'All directives', '批量设置状态为“%1”（%2 项）': 'Set status to "%1" (%2 tasks)',
    '批量设置牵头单位为“%1”（%2 项）': 'Set lead unit to "%1" (%2 tasks)', '部门': 'Department', '县区': 'County', '统称': 'Collective',
    '%1（待确认）': '%1 (to confirm)', '导入时遇到的未知单位，请核对名称，或合并到已有单位': 'An unknown unit met during import: check its name or merge it into an existing unit',
    '单位名称': 'Unit', '类别': 'Kind', '别名': 'Aliases', '任务数': 'Tasks', '按名称或别名查找单位': 'Find a unit by name or alias',
    '重命名(F2)': 'Rename (F2)', '合并单位…': 'Merge units…', '选中两个单位：第一个合并到第二个；只选一个时再选择目标单位':
        'Select two units to merge the first into the second, or one unit and then choose the target',
    '查看任务': 'Show tasks', '双击单位查看其任务；黄色标记的是导入时新出现的单位，请核对后重命名或合并。':
        'Double-click a unit to see its tasks. Units marked yellow appeared during an import: check them, then rename or merge.',
    '重命名失败': 'Rename failed', '合并单位': 'Merge units', '请选择一个或两个单位。': 'Select one or two units.',
    '把“%1”合并到：': 'Merge "%1" into:',
    '把“%1”（%2 项任务）合并到“%3”？\n任务将转到“%3”名下，“%1”保留为别名。此操作不能撤销。':
        'Merge "%1" (%2 tasks) into "%3"?\nIts tasks move to "%3" and "%1" is kept as an alias. This cannot be undone.',
    '合并失败': 'Merge failed', '督办：政府督查任务跟踪': 'Duban: government directive task tracker',
    '打开指定的数据库文件': 'Open the given database file', '把每个视图截图保存到目录后退出': 'Save a screenshot of each view into DIR and quit',
    '找不到文件“%1”。': 'File "%1" not found.', '“%1”是文件夹，不是文件。': '"%1" is a folder, not a file.',
    '无法读取文件“%1”：%2': 'Cannot read file "%1": %2',
    '不支持旧版 Word 文件“%1”，请在 Word 或 WPS 中另存为 .docx 后再导入。':
        'Old Word files are not supported ("%1"): save it as .docx in Word or WPS, then import it.',
    '，来自：%1': ' from: %1', '，来自 %1 份文件（鼠标悬停查看）': ' from %1 directives (hover to list them)',
    '第%1段': 'paragraph %1', '表%1第%2行': 'table %1, row %2', '第%1页': 'page %1',
    '文件“%1”过大，超过 %2 MB 的上限。': 'File "%1" is larger than the %2 MB limit.',
    '文件“%1”不是有效的 .docx 文档：文件已损坏、不完整或已加密。': 'File "%1" is not a valid .docx document: it is damaged, incomplete or encrypted.',
    '文件“%1”不是 Word 文档：缺少正文（word/document.xml）。': 'File "%1" is not a Word document: it has no body (word/document.xml).',
    '文件“%1”解压后超过 %2 MB，疑似压缩炸弹，已拒绝读取。': 'File "%1" inflates to more than %2 MB, likely a zip bomb; refused.',
    '文件“%1”已损坏：正文无法解压。': 'File "%1" is damaged: its body cannot be inflated.',
    '文件“%1”的正文已损坏（XML 错误：%2）。': 'The body of file "%1" is damaged (XML error: %2).',
    '文件“%1”为空，没有可提取的文字。': 'File "%1" is empty: there is no text to extract.',
    '文件“%1”不是有效的 PDF：文件已损坏或不完整。': 'File "%1" is not a valid PDF: it is damaged or incomplete.',
    '文件“%1”是加密的 PDF，需要密码，无法读取。请先解除密码保护。': 'File "%1" is a password-protected PDF and cannot be read. Remove the password first.',
    '文件“%1”中没有可提取的文字（可能是扫描件，需要先做文字识别）。': 'File "%1" holds no extractable text (perhaps a scan; run OCR first).',
    '%1（已有 %2 条进展）': '%1 (has %2 progress updates)', '督办员': 'supervisor', '导入': 'Import',
    '撤销进展': 'Progress removed', '以指定日期为“今天”计算逾期与进度（演示、核对）': 'Compute due states and pace as of this date (demos, checks)',
    '无法打开文件“%1”：%2': 'Cannot open file "%1": %2',
    '文件“%1”过大（%2 MB），超过 %3 MB 的上限。': 'File "%1" (%2 MB) is larger than the %3 MB limit.',
    '文件“%1”为空，没有可提取的内容。': 'File "%1" is empty: there is nothing to extract.',
    '文件“%1”不是文本文件，或编码无法识别（支持 UTF-8 和 GB18030/GBK）。': 'File "%1" is not a text file, or its encoding is not recognised (UTF-8 and GB18030/GBK are supported).',
}


# Command line and store messages.
EN.update({
    '用法: duban-cli <命令> [选项]\n命令:\n  extract FILE... [--format json|table]   从通知文件中提取任务\n':
        'Usage: duban-cli <command> [options]\nCommands:\n  extract FILE... [--format json|table]   extract tasks from directive files\n',
    '  help                                    显示本帮助\n': '  help                                    show this help\n',
    '未知命令: %1\n': 'Unknown command: %1\n',
    '任务 %1（%2）：%3': 'Task %1 (%2): %3',
    '标题不能为空': 'The title must not be empty',
    '日期“%1”无效，应为 YYYY-MM-DD': 'Invalid date "%1": use YYYY-MM-DD',
    '未知的状态“%1”': 'Unknown status "%1"',
    '进度“%1”应为 0 到 100 之间的整数': 'Percent "%1" must be a whole number from 0 to 100',
    '未知字段': 'Unknown field',
    '数据库 %1 中没有编号为 %2 的单位': 'Database %1 has no unit with ID %2',
    '%1 是已导入通知的修改版本：请先查看差异，确认后再导入':
        '%1 is a changed version of an imported directive: review the differences and confirm before importing',
    '数据库文件不存在：%1': 'Database file does not exist: %1',
    '%1 不是文件': '%1 is not a file',
    '无权读取数据库文件 %1': 'No permission to read database file %1',
    '%1 不是 SQLite 数据库文件，未做任何修改': '%1 is not an SQLite database file; nothing was changed',
    '数据库文件 %1 是只读的，无法写入（可用只读命令查看，或修改文件权限）':
        'Database file %1 is read-only and cannot be written (use read-only commands, or change the file permissions)',
    '数据库所在目录 %1 不可写': 'The database folder %1 is not writable',
    '数据库 %1 的结构版本为 %2，本程序只认识到版本 %3：请使用更新的督办程序打开。文件未做任何修改':
        'Database %1 has schema version %2, but this program knows versions up to %3: open it with a newer Duban. The file was not changed',
    '%1 是其他程序的 SQLite 数据库，不是督办数据库，未做任何修改':
        "%1 is another program's SQLite database, not a Duban database; nothing was changed",
    '数据库 %1 需要升级结构（版本 %2 → %3），只读方式下无法升级':
        'Database %1 needs a schema upgrade (version %2 → %3), which is not possible when opened read-only',
    '无法设置数据库 %1（%2）：可能正被其他程序使用': 'Cannot set up database %1 (%2): another program may be using it',
    '升级数据库 %1 前无法备份到 %2：%3': 'Could not back up database %1 to %2 before the upgrade: %3',
    '备份目标 %1 已存在，不会覆盖': 'Backup target %1 already exists and will not be overwritten',
    '无法把数据库 %1 备份到 %2：%3': 'Could not back up database %1 to %2: %3',
    '修改必须注明修改人': 'An edit must name who made it',
    '进展必须注明填报人': 'A progress update must name who reported it',
    '数据库 %1 中没有编号为 %2 的进展': 'Database %1 has no progress update with ID %2',
    '数据库 %1 中没有编号为 %2 的任务': 'Database %1 has no task with ID %2',
    '数据库 %1 中没有单位“%2”': 'Database %1 has no unit "%2"',
    '单位名称不能为空': 'The unit name must not be empty',
    '“%1”已是另一个单位的名称或别名；要合并两个单位请用合并':
        '"%1" is already the name or alias of another unit; to join two units, merge them',
    '不能把单位合并到它自己': 'A unit cannot be merged into itself',
    '数据库 %1 正被其他程序写入，等待后仍未释放，请稍后再试':
        'Database %1 is being written by another program and stayed locked; try again later',
    '数据库 %1 不可写入：%2': 'Database %1 cannot be written: %2',
    '%1 不是督办数据库文件': '%1 is not a Duban database file',
    '数据库 %1 出错：%2': 'Database %1 error: %2',
    '数据库 %1 以只读方式打开，不能修改': 'Database %1 is open read-only and cannot be changed',
    '单位名称为空': 'The unit name is empty',
    '行': 'Lines', '责任单位': 'Responsible units', '文号': 'Doc number', '共 %1 项任务': '%1 tasks in all',
    '从通知、实施意见、实施方案中提取任务 (.txt / .docx / .pdf)':
        'Extract tasks from directives, implementation opinions and plans (.txt / .docx / .pdf)',
    '要提取的文件，可多个': 'Files to extract from (one or more)',
    '输出格式: json 或 table': 'Output format: json or table',
    '未知的输出格式: %1（可选 json 或 table）': 'Unknown output format: %1 (choose json or table)',
    '请指定至少一个文件。': 'Name at least one file.',
    '--%1 的日期“%2”无效，应为 YYYY-MM-DD': 'Invalid date "%2" for --%1: use YYYY-MM-DD',
    '未知的输出格式“%1”，可用 table、json、csv': 'Unknown output format "%1": use table, json or csv',
    '输出格式: table、json 或 csv': 'Output format: table, json or csv',
    '%1 是已导入通知的修改版本，与库中版本相比：': '%1 is a changed version of an imported directive; compared with the stored version:',
    '新增：%1': 'New: %1', '修改：[%1] %2（%3）': 'Changed: [%1] %2 (%3)', '不再出现：[%1] %2%3': 'Gone: [%1] %2%3',
    '（已有 %1 条进展，将保留）': ' (has %1 progress updates, which are kept)',
    '把通知文件中的任务导入数据库（每个文件一个事务：全部导入或都不导入）':
        'Import the tasks of directive files into the database (one transaction per file: all or nothing)',
    '要导入的文件，可多个': 'Files to import (one or more)',
    '确认导入已导入通知的修改版本': 'Confirm importing a changed version of an imported directive',
    '导入人（默认：当前登录名）': 'Who imports (default: the login name)',
    '%1 已导入过（内容相同），未做修改': '%1 was already imported (same content); nothing changed',
    '未做修改。确认无误后加 --yes 再次导入。': 'Nothing was changed. When this looks right, import again with --yes.',
    '已导入 %1：新增 %2 项，修改 %3 项，未变 %4 项，撤销 %5 项':
        'Imported %1: %2 new, %3 changed, %4 unchanged, %5 retired',
    '新单位（待核对）：%1': 'New units (to be checked): %1',
    '列出任务': 'List tasks',
    '只列此单位（牵头或配合）的任务': 'Only tasks of this unit (lead or co-unit)',
    '状态: not_started、in_progress、done、suspended': 'Status: not_started, in_progress, done, suspended',
    '截止日期早于此日': 'Deadline before this date',
    '在标题、内容和单位名称中查找': 'Search titles, texts and unit names',
    '计算逾期所用的日期（默认今天）': 'Date that overdue is judged on (default today)',
    '列出逾期任务及其牵头单位': 'List overdue tasks with their lead units',
    '按此日期计算（默认今天）': 'Judge as of this date (default today)',
    '同时列出此天数内到期的任务': 'Also list tasks due within this many days',
    '--due-soon-days 应为非负整数': '--due-soon-days must be a whole number, 0 or more',
    '截至 %1 的逾期任务': 'Overdue tasks as of %1',
    '（及 %1 天内到期的任务）': ' (and tasks due within %1 days)',
    '修改任务的状态、进度，或填报进展（均记入修改记录）':
        'Change a task\'s status or percent, or record progress (all kept in the audit trail)',
    '任务编号': 'Task ID',
    '新状态: not_started、in_progress、done、suspended': 'New status: not_started, in_progress, done, suspended',
    '完成百分比 0–100': 'Percent done, 0–100',
    '进展说明': 'Progress note',
    '修改人（必填）': 'Who makes the change (required)',
    '任务编号“%1”无效': 'Invalid task ID "%1"',
    '必须用 --by 注明修改人': 'Name who makes the change with --by',
    '--percent 应为 0 到 100 之间的整数': '--percent must be a whole number from 0 to 100',
    '没有要修改的内容：请给出 --status、--percent 或 --note': 'Nothing to change: give --status, --percent or --note',
    '任务 %1 的%2：%3 → %4': 'Task %1, %2: %3 → %4',
    '任务 %1 已记录进展': 'Progress recorded for task %1',
    '，进度 %1% → %2%': ', percent %1% → %2%',
    '列出单位，或把一个单位合并到另一个（原名保留为别名）':
        'List units, or merge one unit into another (the old name stays as an alias)',
    '把单位 A 合并到单位 B（后跟两个名称：--merge A B）': 'Merge unit A into unit B (two names follow: --merge A B)',
    '修改人（默认：当前登录名）': 'Who makes the change (default: the login name)',
    '合并的目标单位（与 --merge 一起用）': 'The unit to merge into (with --merge)',
    '合并用法：units --merge A B': 'Merge usage: units --merge A B',
    '已把“%1”合并到“%2”，原名保留为别名': 'Merged "%1" into "%2"; the old name stays as an alias',
    '备份数据库（程序运行中也能得到一致的副本）': 'Back up the database (a consistent copy even while the app runs)',
    '备份文件，不能已存在': 'Backup file; must not exist yet',
    '已把 %1 备份到 %2': 'Backed up %1 to %2',
    '检查数据库是否完好': 'Check that the database is sound',
    '数据库 %1 有问题：': 'Database %1 has problems:',
    '数据库 %1 完好：结构版本 %2，%3 项任务，%4 份通知': 'Database %1 is sound: schema version %2, %3 tasks, %4 directives',
    '  import FILE... [--yes]                  导入任务（同一文件不会重复导入；修改版本需 --yes 确认）\n  list [--unit U] [--status S] [--due-before D] [--search Q] [--format table|json|csv]\n                                          列出任务\n  overdue [--as-of D] [--due-soon-days N] 列出逾期任务及牵头单位\n  update ID [--status S] [--percent N] [--note TEXT [--date D] [--unit U]] --by NAME\n                                          修改任务（记入修改记录）\n  units [--merge A B]                     列出或合并单位\n  backup PATH                             备份数据库\n  check                                   检查数据库是否完好\n  以上命令均可用 --db PATH 指定数据库\n':
        '  import FILE... [--yes]                  import tasks (a file is never imported twice; a changed version needs --yes)\n  list [--unit U] [--status S] [--due-before D] [--search Q] [--format table|json|csv]\n                                          list tasks\n  overdue [--as-of D] [--due-soon-days N] list overdue tasks with their lead units\n  update ID [--status S] [--percent N] [--note TEXT [--date D] [--unit U]] --by NAME\n                                          change a task (kept in the audit trail)\n  units [--merge A B]                     list or merge units\n  backup PATH                             back up the database\n  check                                   check that the database is sound\n  Every command takes --db PATH to name the database\n',
    '截止日期': 'Deadline', '逾期天数': 'Days overdue', '%1 天': '%1 days', '牵头': 'Lead',
    '（待核对）': ' (to be checked)', '共 %1 个单位': '%1 units in all',
    '数据库文件（默认：%1）': 'Database file (default: %1)',
    '参数个数不对': 'Wrong number of arguments',
    '数据库结构已升级，升级前的副本保存在 %1': 'The database schema was upgraded; the copy from before the upgrade is at %1',
    '数据库 %1 正被其他程序写入，无法升级结构（%2）': 'Database %1 is being written by another program; cannot upgrade its schema (%2)',
    '升级数据库 %1 失败（%2）：%3': 'Upgrading database %1 failed (%2): %3',
    '第%1行': 'line %1', '%1：%2': '%1: %2',
    '程序内置的数据库升级脚本编号不连续：%1': "The program's built-in upgrade scripts are not numbered consecutively: %1",
})


# Where one Chinese source needs different English in different places: (context, source) -> English.
# Ledger export (台账).
EN.update({
    '  export (--xlsx F | --csv F) [--unit U] [--status S]  导出台账\n':
        '  export (--xlsx F | --csv F) [--unit U] [--status S]  export the ledger\n',
    '序号': 'No.', '重点任务': 'Key task', '工作目标': 'Goal', '最新更新': 'Last updated',
    '无法写入文件 %1：%2': 'Cannot write file %1: %2', '无法创建文件 %1': 'Cannot create file %1',
    '台账': 'Ledger', '把任务导出为台账（Excel .xlsx 或 CSV）': 'Export tasks as a ledger (Excel .xlsx or CSV)',
    '写入 Excel 台账': 'Write an Excel ledger', '写入 CSV 台账（UTF-8，带 BOM）': 'Write a CSV ledger (UTF-8 with BOM)',
    '只导出此单位（牵头或配合）的任务': 'Export only the tasks of this unit (lead or co-unit)',
    '只导出此状态的任务': 'Export only the tasks with this status',
    '只导出标题、内容或单位含此文字的任务': 'Export only the tasks whose title, text or units contain this text',
    '请用 --xlsx FILE 或 --csv FILE 指定一个输出文件': 'Name one output file with --xlsx FILE or --csv FILE',
    '已导出 %1 项任务到 %2': 'Exported %1 tasks to %2',
    '环境变量 DUBAN_TODAY 的日期“%1”无效，应为 YYYY-MM-DD\n': 'Invalid date "%1" in DUBAN_TODAY: use YYYY-MM-DD\n',
    '进展日期（默认今天）': 'Date of the progress note (default today)', '填报单位': 'Reporting unit',
})

# Kanban view (看板).
EN.update({
    '（未定牵头单位）': '(no lead unit)', '（未注明文件）': '(no directive)',
    '%1\n牵头单位：%2\n完成时限：%3（%4）\n进度：%5%': '%1\nLead unit: %2\nDeadline: %3 (%4)\nProgress: %5%',
    '未定': 'none',
    '看板：把“%1”移到“%2”': 'Kanban: move "%1" to "%2"',
    '看板：把 %1 项任务移到“%2”': 'Kanban: move %1 tasks to "%2"',
    '看板：移动 %1 项任务': 'Kanban: move %1 tasks',
    '无泳道': 'No swimlanes', '按牵头单位': 'By lead unit', '按文件': 'By directive', '泳道：': 'Swimlanes:',
    '拖动卡片或按 Ctrl+Shift+←/→ 改变状态，Enter 打开任务':
        'Drag a card or press Ctrl+Shift+←/→ to change its status; Enter opens the task',
    '未能改变状态：%1': 'Could not change the status: %1',
    '单位“%1”': 'unit "%1"', '文件“%1”': 'directive "%1"', '预警“%1”': 'warning "%1"',
    '时限 %1 至 %2': 'deadline %1 to %2', '搜索“%1”': 'search "%1"',
    '全部任务，共 %1 项': 'All tasks, %1 in total',
    '与任务列表相同的筛选：%1，共 %2 项': 'Same filter as the task list: %1; %2 tasks',
    '、': ', ',
    '（任务列表的状态筛选“%1”不适用于看板）': ' (the task list\'s status filter "%1" does not apply to the board)',
    '在任务列表中打开': 'Open in the task list',
    '移到上一状态列': 'Move to the previous status column', '移到下一状态列': 'Move to the next status column',
    '移到“%1”': 'Move to "%1"', '%1（%2 项）': '%1 (%2)', '没有符合筛选条件的任务': 'No tasks match the filter',
    '%1 项': '%1',
})

# Gantt view, its printing and duban-cli gantt.
EN.update({
    '  gantt (--pdf F | --png F) [--from D --to D] [--mode pages|height|page] [--group directive|unit]  打印甘特图\n':
        '  gantt (--pdf F | --png F) [--from D --to D] [--mode pages|height|page] [--group directive|unit]  print the Gantt chart\n',
    '未定牵头单位': 'No lead unit', '按原比例分页': 'At scale, across pages',
    '适合页高（横向分页）': 'Fit to page height (pages across)', '缩放到一页': 'Fit to one page',
    '无法开始打印：打印机或文件不可用': 'Cannot start printing: the printer or file is not available',
    '无法换页': 'Cannot start a new page', '第 %1 / %2 页': 'Page %1 / %2', '无法写入 %1': 'Cannot write %1',
    '没有任务。导入文件后，任务会按时间显示在这里。': 'No tasks. Once directives are imported, their tasks appear here on a timeline.',
    '%1（%2 项）': '%1 (%2)', '未定': 'Open', '开始': 'Start', '完成': 'Done',
    '按文件分组': 'By directive', '按牵头单位分组': 'By lead unit', '分组：': 'Group:', '时间刻度：': 'Scale:',
    '今天': 'Today', '滚动到今天 (Ctrl+T)': 'Scroll to today (Ctrl+T)', 'Ctrl+T': 'Ctrl+T',
    '全部展开': 'Expand all', '全部折叠': 'Collapse all', '打印 / PDF…': 'Print / PDF…',
    '打印、预览或导出 PDF (Ctrl+P)': 'Print, preview or export a PDF (Ctrl+P)', '导出图片…': 'Export image…',
    '放大': 'Zoom in', 'Ctrl+=': 'Ctrl+=', '缩小': 'Zoom out', '读取任务失败：%1': 'Could not read the tasks: %1',
    '甘特图（%1）': 'Gantt chart (%1)', '导出图片': 'Export image', '/甘特图.png': '/gantt.png',
    'PNG 图片 (*.png)': 'PNG images (*.png)', '打印甘特图': 'Print Gantt chart', '开始日期：': 'From:',
    '结束日期：': 'To:', '版式：': 'Layout:', '打印…': 'Print…', '打印预览…': 'Print preview…',
    '导出 PDF…': 'Export PDF…', '关闭': 'Close', '甘特图打印预览': 'Gantt chart print preview',
    '导出 PDF': 'Export PDF', '/甘特图.pdf': '/gantt.pdf', 'PDF 文件 (*.pdf)': 'PDF files (*.pdf)',
    '已导出 %1 页到 %2': 'Exported %1 pages to %2',
    '日': 'Day', '周': 'Week', '月': 'Month', '季': 'Quarter', '年': 'Year',
    '%1 项任务，平均完成 %2%，逾期 %3 项': '%1 tasks, %2% done on average, %3 overdue', '%1 至 %2': '%1 to %2',
    '牵头单位：%1': 'Lead units: %1', '配合单位：%1': 'Co-units: %1', '开始：%1': 'Start: %1',
    '完成时限：%1': 'Deadline: %1', '完成：%1%': 'Done: %1%', '状态：%1 · %2': 'Status: %1 · %2',
    '第%1周': 'W%1', '%1年%2月': '%2/%1', '%1月': '%1', '一季度': 'Q1', '二季度': 'Q2', '三季度': 'Q3',
    '四季度': 'Q4', '上半年': 'H1', '下半年': 'H2', '%1年': '%1',
    '%1 至 %2\u3000今天 %3\u3000%4': '%1 to %2   today %3   %4',
    '把甘特图打印为 PDF 或导出为 PNG 图片': 'Print the Gantt chart to a PDF or export it as a PNG image',
    '写入 PDF（A4 横向）': 'Write a PDF (A4 landscape)', '写入 PNG 图片': 'Write a PNG image',
    '开始日期（默认：最早的任务）': 'First day (default: the earliest task)',
    '结束日期（默认：最晚的时限）': 'Last day (default: the latest deadline)',
    '版式: pages（按原比例分页）、height（适合页高）、page（缩放到一页）':
        'Layout: pages (at scale, across pages), height (fit to page height), page (fit to one page)',
    '分组: directive（按文件）或 unit（按牵头单位）': 'Grouping: directive or unit (lead unit)',
    '时间刻度: day、week、month、quarter、year': 'Time scale: day, week, month, quarter, year',
    '请用 --pdf FILE 或 --png FILE 指定一个输出文件': 'Name one output file with --pdf FILE or --png FILE',
    '日期格式应为 YYYY-MM-DD': 'Dates are written YYYY-MM-DD',
    '未知的版式“%1”，可用 pages、height、page': 'Unknown layout "%1"; use pages, height or page',
    '未知的分组“%1”，可用 directive、unit': 'Unknown grouping "%1"; use directive or unit',
    '未知的时间刻度“%1”': 'Unknown time scale "%1"',
    '甘特图（按牵头单位分组）': 'Gantt chart (by lead unit)', '甘特图（按文件分组）': 'Gantt chart (by directive)',
    '已把 %1 项任务的甘特图写入 %2': 'Wrote the Gantt chart of %1 tasks to %2',
    '已把 %1 项任务的甘特图打印为 %2 页：%3': 'Printed the Gantt chart of %1 tasks on %2 pages: %3',
    '改为当前可见范围（%1 至 %2）': 'Use the visible range (%1 to %2)',
    'Ctrl+滚轮或 Ctrl++ / Ctrl+- 缩放，Shift+滚轮左右滚动': 'Zoom with Ctrl+wheel or Ctrl++ / Ctrl+-; Shift+wheel scrolls sideways',
})

# Unit feedback sheet (单位反馈表): export, import preview, dialog, duban-cli feedback.
EN.update({
    '%1 是“%2”的反馈表，但数据库中没有这个单位': '%1 is the feedback sheet of “%2”, but the database has no such unit',
    '%1 中找不到含“%2”的表头行': 'No header row with “%2” found in %1',
    '%1 的表头中缺少“%2”列': 'The header of %1 has no “%2” column',
    '缺少任务编号': 'Task ID missing',
    '数据库中没有编号为 %1 的任务': 'The database has no task with ID %1',
    '任务已被新版文件撤销': 'The task was dropped by a later version of its directive',
    '任务不属于%1（牵头单位：%2）': 'The task does not belong to %1 (lead units: %2)',
    '任务 %1 已在第 %2 行填报': 'Task %1 was already reported on row %2',
    '完成进度“%1”应为 0 到 100 之间的整数': 'Percent done “%1” must be a whole number from 0 to 100',
    '未知的状态“%1”，应为 %2 之一': 'Unknown status “%1”; use one of %2',
    '填报日期“%1”无法识别，应写成 2022-10-15 这样的日期': 'Report date “%1” not understood; write a date like 2022-10-15',
    '新增进展': 'new progress note', '进度 %1% → %2%': 'percent %1% → %2%', '状态 %1 → %2': 'status %1 → %2',
    '与现有记录相同，不导入': 'Same as recorded; not imported', '；': '; ', '进展已导入过': 'note imported before',
    '反馈表': 'Feedback', '请从下拉列表中选择状态': 'Choose a status from the list',
    '完成进度（%）': 'Percent done (%)', '请填写 0 到 100 之间的整数': 'Enter a whole number from 0 to 100',
    '%1_反馈表_%2.xlsx': '%1_feedback_%2.xlsx',
    '数据库中没有编号为 %1 的单位': 'The database has no unit with ID %1',
    '%1 重点任务进展反馈表': '%1 key task progress feedback sheet',
    '填报单位：%1\u3000\u3000导出日期：%2\u3000\u3000共 %3 项任务': 'Unit: %1    Exported: %2    %3 tasks',
    '填报说明：请在右侧浅色列填写进展情况、完成进度（0–100 的整数）、状态、填报人和填报日期；不要修改任务编号，不要删除隐藏的工作表。':
        'How to fill in: write progress, percent done (a whole number 0–100), status, your name and the date in '
        'the light columns on the right; do not change task IDs or delete the hidden sheet.',
    '配合': 'Co-unit', '牵头': 'Lead', '无法创建文件夹 %1': 'Cannot create folder %1',
    '%1 是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中另存为 .xlsx 后再导入':
        '%1 is an old Excel file (.xls); save it as .xlsx in Excel or WPS, then import it',
    '%1 不是有效的 Excel 文件（.xlsx），可能已损坏或不完整：%2': '%1 is not a valid Excel file (.xlsx); it may be damaged or incomplete: %2',
    '找不到文件 %1': 'File not found: %1',
    '缺少工作簿 xl/workbook.xml': 'the workbook xl/workbook.xml is missing',
    '缺少工作簿关系 xl/_rels/workbook.xml.rels': 'the workbook relationships xl/_rels/workbook.xml.rels are missing',
    '工作表“%1”无法读取': 'worksheet “%1” cannot be read', '工作表“%1”：%2': 'worksheet “%1”: %2',
    '没有工作表': 'no worksheets',
    '%1 不是督办导出的单位反馈表（缺少隐藏的标记工作表“%2”）。请用“导出单位反馈表”生成表格，填写后原样交回。':
        '%1 is not a unit feedback sheet exported by Duban (the hidden marker sheet “%2” is missing). Create sheets '
        'with “Export unit feedback sheets”, fill them in and send them back as they are.',
    '%1 由较新版本的督办导出，请升级本程序后再导入': '%1 was exported by a newer Duban; upgrade this program to import it',
    '第 %1 行：没有编号为 %2 的任务': 'Row %1: no task with ID %2',
    '第 %1 行：任务 %2 已被新版文件撤销': 'Row %1: task %2 was dropped by a later version of its directive',
    '第 %1 行：任务 %2 不属于本单位': "Row %1: task %2 is not this unit's",
    '第 %1 行：进度“%2”应为 0 到 100 之间的整数': 'Row %1: percent “%2” must be a whole number from 0 to 100',
    '导入反馈表必须注明导入人': 'Importing a feedback sheet needs the name of the person importing it',
    '单位反馈表': 'Unit feedback sheets', '导出给单位': 'Export for units', '导入交回的表': 'Import returned sheets',
    '关闭': 'Close', '全部单位（每个单位一个文件）': 'All units (one file each)', '%1（%2 项任务）': '%1 (%2 tasks)',
    '浏览…': 'Browse…', '保存到文件夹：': 'Save to folder:',
    '每个单位一个 Excel 文件，文件名含单位名称和导出日期。表中列出该单位牵头或配合的任务，右侧浅色列（进展情况、完成进度、状态、填报人、填报日期）由单位填写后交回。':
        "One Excel file per unit, named with the unit and the export date. It lists the unit's tasks (lead or "
        'co-unit); the unit fills in the light columns (progress, percent, status, name, date) and sends it back.',
    '导出(&X)': 'E&xport', '选择单位交回的反馈表（.xlsx）': 'Choose a feedback sheet a unit sent back (.xlsx)',
    '选择反馈表(&O)…': '&Open sheet…',
    '导入前先预览：通过检查的行才会写入，有问题的行列出行号和原因。':
        'Preview first: only rows that pass the checks are written; problem rows are listed with row number and reason.',
    '确认导入(&I)': '&Import', '保存反馈表的文件夹': 'Folder for feedback sheets', '导入单位反馈表': 'Import unit feedback sheet',
    'Excel 工作簿 (*.xlsx);;所有文件 (*)': 'Excel workbooks (*.xlsx);;All files (*)',
    '请选择保存反馈表的文件夹': 'Choose a folder for the feedback sheets',
    '已导出 %1 个反馈表到 <a href="%2">%3</a>': 'Exported %1 feedback sheets to <a href="%2">%3</a>',
    '%1的反馈表（导出于 %2）：可导入 %3 行，不变 %4 行，拒绝 %5 行。%6':
        'Feedback sheet of %1 (exported %2): %3 rows to import, %4 unchanged, %5 refused. %6',
    '表中没有填写内容。': 'Nothing has been filled in.', '确认后写入通过检查的行。': 'Confirm to write the rows that passed.',
    '没有可导入的行。': 'No rows to import.', '导入失败，数据库未作任何修改：%1': 'Import failed; the database is unchanged: %1',
    '已导入%1的反馈：新增进展 %2 条，进度变更 %3 项，状态变更 %4 项。':
        'Imported the feedback of %1: %2 progress notes, %3 percent changes, %4 status changes.',
    '拒绝': 'Refused', '不变': 'Unchanged', '结果': 'Result', '变化或原因': 'Change or reason',
    '导出单位反馈表…': 'Export unit feedback sheets…', 'Ctrl+Shift+E': 'Ctrl+Shift+E',
    '导入单位反馈表…': 'Import unit feedback sheet…', 'Ctrl+Shift+I': 'Ctrl+Shift+I',
    '为单位导出反馈表（Excel .xlsx），由单位联络员填写后交回': 'Export feedback sheets (Excel .xlsx) for units to fill in and send back',
    '导出此单位的反馈表': "Export this unit's sheet", '输出文件（与 --unit 一起使用）': 'Output file (with --unit)',
    '为每个有任务的单位各导出一个文件': 'One file for every unit that has tasks', '输出文件夹（与 --all 一起使用）': 'Output folder (with --all)',
    '请用 --unit 单位 --out 文件.xlsx 导出一个单位，或用 --all --dir 文件夹 导出全部单位':
        'Use --unit UNIT --out FILE.xlsx for one unit, or --all --dir FOLDER for every unit',
    '数据库中没有单位“%1”': 'The database has no unit “%1”',
    '已为 %1 个单位导出反馈表到 %2': 'Exported feedback sheets for %1 units to %2',
    '单位：%1\u3000导出日期：%2\u3000文件：%3': 'Unit: %1  Exported: %2  File: %3',
    '  第 %1 行 [%2] 任务 %3 %4': '  Row %1 [%2] task %3 %4', '：%1': ': %1',
    '\u3000进展：%1': '  progress: %1', '\u3000填报人：%1': '  by: %1',
    '以下 %1 行未通过检查，不会导入：': 'These %1 rows failed the checks and will not be imported:',
    '  第 %1 行：%2': '  Row %1: %2', '可导入 %1 行，不变 %2 行，拒绝 %3 行': '%1 rows to import, %2 unchanged, %3 refused',
    '导入单位交回的反馈表：先显示预览，加 --yes 才写入数据库': 'Import a feedback sheet a unit sent back: shows a preview; --yes writes it',
    '导入人（记入修改记录）': 'Person importing (recorded in the audit log)', '确认写入通过检查的行': 'Write the rows that passed the checks',
    '交回的反馈表（.xlsx）': 'The returned feedback sheet (.xlsx)', '请指定一个反馈表文件': 'Name one feedback sheet file',
    '请用 --by 姓名 注明导入人': 'Name the person importing with --by NAME', '没有需要导入的内容。': 'Nothing to import.',
    '已导入：新增进展 %1 条，进度变更 %2 项，状态变更 %3 项': 'Imported: %1 progress notes, %2 percent changes, %3 status changes',
    '用法: duban-cli feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)\n      duban-cli feedback import --db PATH FILE.xlsx --by NAME [--yes]\n':
        'Usage: duban-cli feedback export --db PATH (--unit U --out FILE.xlsx | --all --dir DIR)\n      duban-cli feedback import --db PATH FILE.xlsx --by NAME [--yes]\n',
    '  feedback export|import …                单位反馈表：导出给单位填写，导入交回的表\n':
        '  feedback export|import …                unit feedback sheets: export for units, import what they send back\n',
    '任务编号': 'Task ID', '牵头/配合': 'Lead/co', '当前状态': 'Current status',
    '当前进度（%）': 'Current percent (%)', '填报人': 'Reported by', '填报日期': 'Report date',
})

# Overdue view (逾期预警) and warning settings.
EN.update({
    '默认：逾期红、临期黄（7 天内）、正常绿': 'Default: overdue red, due soon (7 days) yellow, on track green',
    '3 天内黄色、逾期红色': 'Yellow within 3 days, red when overdue',
    '临近截止蓝色、欠进度黄色、逾期红色': 'Near the deadline blue, behind pace yellow, overdue red',
    '四色阶梯：正常绿、临期黄（14 天内）、欠进度橙、逾期深红':
        'Four-step ladder: on track green, due soon (14 days) yellow, behind pace orange, overdue dark red',
    '预警设置…': 'Warning settings…', 'Ctrl+Alt+W': 'Ctrl+Alt+W',
    '临期天数、序时进度容差与预警颜色（可选预设方案）':
        'Due-soon window, pace tolerance and warning colours (presets available)',
    '预警设置已更新：%1 天内到期为临期': 'Warning settings updated: due within %1 days counts as due soon',
    '单击或按回车：在任务视图中查看该单位的任务': "Click or press Enter: show this unit's tasks in the task view",
    '按这一天计算逾期、临期与序时进度': 'Overdue, due-soon and pace are computed for this day',
    '截至(&A)：': '&As of:', '今天': 'Today', ' 天内': ' days', '临期(&W)：': 'Due soon &within:',
    '距完成时限不超过这么多天的任务算作临期（默认值在“预警设置”中）':
        'Tasks this many days or fewer from their deadline are due soon (the default is in Warning settings)',
    '逾期、临期与正常': 'Overdue, due soon and on track', '逾期与临期': 'Overdue and due soon',
    '仅逾期': 'Overdue only', '仅临期': 'Due soon only', '仅正常': 'On track only', '显示：': 'Show:',
    '各单位逾期与已办结任务（逾期最多的前 %1 个单位）': 'Overdue and done tasks per unit (the %1 most overdue units)',
    '无时限 %1': 'No deadline %1', '（无逾期或已办结任务）': '(no overdue or done tasks)',
    '排名': 'Rank', '完成率': 'Done %',
    '%1：任务 %2 项，逾期 %3，临期 %4，已办结 %5，欠进度 %6（单击查看任务）':
        '%1: %2 tasks, %3 overdue, %4 due soon, %5 done, %6 behind pace (click to see the tasks)',
    '预警设置': 'Warning settings', '自定义': 'Custom', '方案(&P)：': '&Preset:', ' 天': ' days',
    '距完成时限不超过这么多天（含当天）的任务算作临期': 'Tasks this many days or fewer (inclusive) from their deadline are due soon',
    '临期天数(&D)：': 'Due-soon &days:', ' 个百分点': ' percentage points',
    '完成百分比低于序时进度超过这么多，算作欠进度；高出这么多，算作超进度':
        'Percent done more than this below the share of time elapsed is behind pace; this much above is ahead',
    '序时进度容差(&T)：': 'Pace &tolerance:', '选择“%1”的颜色': 'Choose the colour for "%1"', '%1颜色：': '%1 colour:',
    '预览：': 'Preview:', '确定': 'OK', '恢复默认': 'Restore defaults', '逾期 12 天': '12 days overdue',
    '剩 %1 天': '%1 days left', '逾期/剩余': 'Overdue/left', '序时进度': 'Pace',
    '只列出处于这一序时进度的任务（完成百分比与已过时间的比例相比）':
        'List only the tasks at this pace (percent done against the share of time elapsed)',
    '序时进度(&P)：': '&Pace:',
    '临期（%1 天内到期）': 'Due soon (within %1 days)', '%1\u3000%2 项': '%1   %2 tasks', '今日到期': 'Due today',
})

# Weekly supervision report (督查周报), the Reports page and duban-cli report.
EN.update({
    '  report --week 2022-W40 (--pdf F | --html F)    生成督查周报\n':
        '  report --week 2022-W40 (--pdf F | --html F)    write the weekly supervision report\n',
    '第%1等%2项任务': 'tasks %1 and others, %2 in all', '第%1号任务': 'task %1',
    '截至%1，纳入本期督查的重点任务共%2项。其中，已办结%3项，占%4；超进度%5项，占%6；达进度%7项，占%8；欠进度%9项，占%10；逾期%11项，占%12':
        'As of %1, this issue covers %2 key tasks: %3 done (%4); %5 ahead of schedule (%6); %7 on schedule (%8); '
        '%9 behind schedule (%10); %11 overdue (%12)',
    '；无明确时限（长期推进）%1项': '; %1 without a deadline (ongoing)', '；暂缓%1项': '; %1 suspended',
    '。本期办结%1项，报送进展%2条；%3项任务将在7日内到期。':
        '. %1 completed in this period, %2 progress reports received; %3 tasks are due within 7 days.',
    '指标': 'Figure', '本期': 'This period', '上期': 'Last period', '增减': 'Change', '任务总数': 'Tasks',
    '推进中': 'In progress', '7日内到期': 'Due within 7 days', '办结率': 'Completion rate',
    '个百分点': ' percentage points', '本期无逾期或欠进度任务。': 'No task is overdue or behind schedule.',
    '以下%1个单位有逾期或欠进度任务，请抓紧推进：%2。':
        'These %1 units have overdue or lagging tasks and must speed up: %2.',
    '第%1期': 'Issue %1', '关于%1重点任务推进情况的通报': 'Progress of key tasks, %1', '%1、%2': '%1. %2',
    '总体情况': 'Overall situation', '存在问题': 'Problems', '工作要求': 'Requirements',
    '各单位推进情况': 'Progress by unit', '本期没有纳入督查的任务。': 'No tasks in this report.',
    '逾期任务清单（%1项）': 'Overdue tasks (%1)', '最新进展': 'Latest progress', '未报送进展': 'No progress reported',
    '%1 %2': '%1 %2', '无。': 'None.', '近期到期任务（%1至%2，%3项）': 'Tasks due %1 to %2 (%3)',
    '本期办结任务（%1项）': 'Tasks completed in this period (%1)', '办结日期': 'Completed on',
    '本期进展情况（%1条）': 'Progress reports in this period (%1)', '报送单位': 'Reported by',
    '%1（%2%）': '%1 (%2%)', '无法写入 %1：%2': 'Cannot write %1: %2', '%1年%2月%3日': '%2/%3/%1',
    '%1月%2日': '%1/%2', '正常推进': 'On track', '督查周报': 'Weekly Supervision Report',
    '报告期间无效': 'The report period is not valid', '数据库中没有编号为 %1 的文件': 'The database has no directive %1',
    '未知单位“%1”': 'Unknown unit “%1”', '（未明确牵头单位）': '(no lead unit)', '%1\u3000第%2期': '%1, issue %2',
    '各单位任务状态': 'Task status by unit', '%1年第%2周（%3至%4）': 'week %2 of %1 (%3 to %4)', '%1至%2': '%1 to %2',
    '“%1”不是有效的周次，请写成 2022-W40 这样的格式（年份-W周次）':
        '“%1” is not a week; write it like 2022-W40 (year-W week)',
    '%1年没有第%2周（该年共%3周）': '%1 has no week %2 (it has %3 weeks)',
    '报告期间无效：起始日期须早于或等于截止日期': 'Invalid report period: the start must not be after the end',
    '报告期间': 'Report period', '按周': 'Week', '按日期范围': 'Date range', '上一周': 'Previous week',
    '下一周': 'Next week', '至': 'to', '统计截止': 'As of', '文头': 'Heading', '如：市政府督查室': 'e.g. City Supervision Office',
    '报告名称': 'Report title', '发文单位': 'Issuing office', '范围（不勾选即全部）': 'Scope (nothing ticked: everything)',
    '查找单位': 'Find a unit', '工作要求（打印前填写，每段一行）': 'Requirements (write before printing, one paragraph a line)',
    '如：各牵头单位要对照逾期任务清单，逐项明确整改措施和完成时限。':
        'e.g. Lead units set out remedies and dates for each overdue task.',
    '打印预览': 'Print preview', 'Ctrl+P': 'Ctrl+P', '打印': 'Print', 'Ctrl+Shift+P': 'Ctrl+Shift+P',
    '另存为 PDF': 'Save as PDF', '导出 HTML': 'Export HTML', '导出台账 Excel': 'Export ledger (Excel)',
    'Ctrl+Shift+L': 'Ctrl+Shift+L', '导出台账 CSV': 'Export ledger (CSV)', '单位反馈表': 'Unit feedback sheets',
    '（无标题文件 %1）': '(untitled directive %1)', '没有打开数据库': 'No database is open',
    '已保存%1第%2期（%3页）：%4': 'Saved %1 issue %2 (%3 pages): %4', '已导出%1第%2期：%3': 'Exported %1 issue %2: %3',
    '已导出台账 %1 项任务：%2': 'Exported a ledger of %1 tasks: %2', '已送打印%1第%2期（%3页）': 'Printed %1 issue %2 (%3 pages)',
    'PDF 文件 (*.pdf)': 'PDF files (*.pdf)', '网页文件 (*.html)': 'Web pages (*.html)', '督办台账': 'Duban ledger',
    'Excel 工作簿 (*.xlsx)': 'Excel workbooks (*.xlsx)', 'CSV 文件 (*.csv)': 'CSV files (*.csv)',
    '报告名称和期间不能为空': 'A report needs a title and a period',
    '“%1”不是有效日期，请写成 2022-10-07 这样的格式': '“%1” is not a date; write it like 2022-10-07',
    '生成督查周报（PDF 或 HTML）': 'Write the weekly supervision report (PDF or HTML)',
    '报告周次，如 2022-W40（周一至周日）': 'Report week, e.g. 2022-W40 (Monday to Sunday)',
    '报告期间的起始日期': 'First day of the report period', '报告期间的截止日期': 'Last day of the report period',
    '统计截止日期（默认：期末或今天）': 'Count as of this day (default: the period end, or today)',
    '落款日期（默认：--as-of 的日期或今天）': 'Date printed on the report (default: --as-of, or today)',
    '只统计此单位（牵头或配合）的任务，可重复': 'Only tasks of this unit (lead or co-unit); may repeat',
    '只统计此文件编号的任务，可重复': 'Only tasks of this directive id; may repeat',
    '发文单位，如 市政府督查室': 'Issuing office, e.g. City Supervision Office',
    '报告名称（默认：督查周报）': 'Report title (default: 督查周报)',
    '工作要求的文本文件（UTF-8）': 'Text file with the requirements (UTF-8)', '写入 PDF': 'Write PDF',
    '写入 HTML': 'Write HTML', '印发人（默认：当前登录名）': 'Issued by (default: the login name)',
    '请用 --pdf FILE 或 --html FILE 指定一个输出文件': 'Name one output file with --pdf FILE or --html FILE',
    '请用 --week 2022-W40 或 --from 日期 --to 日期 指定报告期间（二选一）':
        'Give the period either as --week 2022-W40 or as --from DATE --to DATE',
    '--from 与 --to 须同时给出': '--from and --to go together', '“%1”不是有效的文件编号': '“%1” is not a directive id',
    '无法读取工作要求文件 %1：%2': 'Cannot read the requirements file %1: %2',
    '已生成%1第%2期（%3）：%4': 'Wrote %1 issue %2 (%3): %4', '，共 %1 页': ', %1 pages',
})

EN_IN_CONTEXT = {
    ('duban::FeedbackPreviewModel', '行'): 'Row',
    ('duban::FeedbackPreviewModel', '进度'): 'Percent',
    ('TaskColumn', '任务'): 'Task',
    ('duban::ReviewModel', '任务'): 'Task',
    ('TaskColumn', '文件'): 'Directive',
    ('duban::GanttModel', '任务'): 'Task',
    ('duban::GanttRenderer', '任务'): 'Task',
    ('duban::UnitWarningModel', '单位'): 'Unit',
    ('duban::UnitWarningModel', '任务'): 'Tasks',
}


def load_glossaries():
    """Reads glossary_*.tsv beside this file: one `Chinese<TAB>English` pair a line, \\n and \\t escaped.
    Each feature keeps its own file, so work done side by side merges without touching one dict."""
    import glob
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(glob.glob(os.path.join(here, 'glossary_*.tsv'))):
        with open(name, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if not line or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 2:
                    sys.exit(f'{name}:{n}: expected Chinese<TAB>English')
                unescape = lambda t: t.replace('\\n', '\n').replace('\\t', '\t')
                EN[unescape(parts[0])] = unescape(parts[1])


def main(path):
    load_glossaries()
    tree = ET.parse(path)
    missing = []
    for ctx in tree.iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            src = m.find('source').text or ''
            tr = m.find('translation')
            english = EN_IN_CONTEXT.get((name, src), EN.get(src))
            if english is not None:
                tr.text = english
                tr.attrib.pop('type', None)
            elif not (tr.text or '').strip() or tr.attrib.get('type') == 'unfinished':
                missing.append(src)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    for s in missing:
        print('missing:', repr(s), file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'resources/translations/duban_en.ts'))
