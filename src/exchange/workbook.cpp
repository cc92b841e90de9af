#include "exchange/workbook.h"

#include <QCoreApplication>
#include <QFile>

namespace duban {

lxw_workbook* newWorkbook(const QString& path, QString* error)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        *error = QCoreApplication::translate("duban", "无法创建文件 %1").arg(path);
    return wb;
}

lxw_format* headerFormat(lxw_workbook* wb)
{
    lxw_format* head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(head, 0xDDEBF7);
    format_set_border(head, LXW_BORDER_THIN);
    return head;
}

} // namespace duban
