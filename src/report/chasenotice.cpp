#include "report/chasenotice.h"

#include "core/clock.h"
#include "palette/warningpalette.h"
#include "report/pdffile.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace duban {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChaseNotice", text);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString body(const ChaseNotice& n, int count)
{
    const QString reply = n.replyBy.toString(QStringLiteral("yyyy年M月d日"));
    switch (n.level) {
    case 1:
        return tr("你单位承办的以下 %1 项任务临近或已过完成时限，请抓紧推进，并于 %2 前将办理进展反馈我室。")
            .arg(count)
            .arg(reply);
    case 3:
        return tr("经督查，你单位承办的以下 %1 项任务经催办后仍未按期办结，现予通报督办。请认真分析原因，"
                  "制定整改措施，于 %2 前将办理情况及整改措施书面报送我室。")
            .arg(count)
            .arg(reply);
    default:
        return tr("你单位承办的以下 %1 项任务已逾期或进度滞后，请高度重视，倒排工期，于 %2 前将办理情况及"
                  "下一步措施书面反馈我室。")
            .arg(count)
            .arg(reply);
    }
}

QString deadlineCell(const TaskRecord& t)
{
    QString d = t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : t.deadlineText;
    if (t.originalDeadline.isValid() && t.originalDeadline != t.deadline)
        d += tr("（原定 %1）").arg(t.originalDeadline.toString(Qt::ISODate));
    return d;
}

QString stateCell(const TaskRecord& t)
{
    if (t.daysOverdue > 0)
        return tr("逾期 %1 天").arg(t.daysOverdue);
    if (t.pace == Pace::Behind)
        return tr("进度滞后");
    return statusLabel(t.status);
}

} // namespace

QList<TaskRecord> chaseCandidates(Repository& repo, const QString& unit, const QDate& asOf,
                                  const DueRules& rules, StoreError* error)
{
    TaskFilter f;
    f.unit = unit;
    f.asOf = asOf;
    f.dueSoonDays = rules.dueSoonDays;
    QList<TaskRecord> out;
    for (TaskRecord t : repo.tasks(f, TaskSort{}, 0, -1, error)) {
        if (t.status != Status::NotStarted && t.status != Status::InProgress)
            continue;
        t.derive(asOf, rules);
        out.append(t);
    }
    std::stable_sort(out.begin(), out.end(), [](const TaskRecord& a, const TaskRecord& b) {
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        const bool ab = a.pace == Pace::Behind, bb = b.pace == Pace::Behind;
        if (ab != bb)
            return ab;
        return a.deadline.isValid() && (!b.deadline.isValid() || a.deadline < b.deadline);
    });
    return out;
}

ChaseNotice draftChaseNotice(Repository& repo, qint64 unitId, int level, const QDate& issued,
                             const DueRules& rules, int replyDays, StoreError* error)
{
    ChaseNotice n;
    n.level = level;
    n.unitId = unitId;
    n.issued = issued.isValid() ? issued : Clock::today();
    n.replyBy = n.issued.addDays(replyDays);
    for (const UnitRecord& u : repo.units(error)) {
        if (u.id == unitId)
            n.unit = u.name;
    }
    if (n.unit.isEmpty())
        return n;
    n.noticeNo = repo.chaseNoticeNumber(n.issued.year(), error);
    n.tasks = chaseCandidates(repo, n.unit, n.issued, rules, error);
    return n;
}

EventInput chaseNoticeEvent(const ChaseNotice& n)
{
    EventInput in;
    in.kind = EventKind::Chase;
    in.unitId = n.unitId;
    in.level = n.level;
    in.noticeNo = n.noticeNo;
    in.onDate = n.issued.isValid() ? n.issued : Clock::today();
    in.text = n.note.trimmed().isEmpty()
                  ? tr("%1，请于 %2 前反馈").arg(chaseNoticeTitle(n.level), n.replyBy.toString(Qt::ISODate))
                  : n.note.trimmed();
    return in;
}

QString chaseNoticeHtml(const ChaseNotice& n)
{
    const QString office = n.office.trimmed().isEmpty() ? tr("督查室") : n.office.trimmed();
    const QDate issued = n.issued.isValid() ? n.issued : Clock::today();
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                               "body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC','Microsoft "
                               "YaHei',sans-serif;font-size:12pt}"
                               ".office{text-align:center;color:#c00000;font-size:26pt;font-weight:bold}"
                               ".title{text-align:center;font-size:20pt;font-weight:bold}"
                               ".number{text-align:center;font-size:12pt}"
                               "p{line-height:150%}"
                               "th{background:#eeeeee;font-weight:bold}"
                               "td,th{padding:3px}"
                               ".sign{text-align:right}"
                               "</style></head><body>");
    h += QStringLiteral("<p class=\"office\">%1</p>").arg(esc(office));
    h += QStringLiteral("<hr style=\"color:#c00000\"/>");
    h += QStringLiteral("<p class=\"title\">%1</p>").arg(esc(chaseNoticeTitle(n.level)));
    // The level as the office names and colours it (预警设置).
    const WarningPalette& palette = WarningPalette::current();
    h += QStringLiteral("<p class=\"number\">%1　　%2：<span style=\"color:%3\">%4</span></p>")
             .arg(esc(n.noticeNo), esc(tr("级别")), palette.chaseColor(n.level).darker(120).name(),
                  esc(palette.chaseName(n.level)));
    h += QStringLiteral("<p><b>%1：</b></p>").arg(esc(n.unit));
    h += QStringLiteral("<p>　　%1</p>").arg(esc(body(n, int(n.tasks.size()))));
    if (!n.note.trimmed().isEmpty())
        h += QStringLiteral("<p>　　%1</p>").arg(esc(n.note.trimmed()));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" width=\"100%\"><thead><tr>");
    // The task's title takes what the short columns leave.
    const QList<QPair<QString, int>> columns = {{tr("序号"), 7},      {tr("任务编号"), 9},
                                                {tr("重点任务"), 36}, {tr("完成时限"), 22},
                                                {tr("进度"), 8},      {tr("办理情况"), 18}};
    for (const auto& [c, width] : columns)
        h += QStringLiteral("<th width=\"%1%\">%2</th>").arg(width).arg(esc(c));
    h += QStringLiteral("</tr></thead><tbody>");
    for (int i = 0; i < n.tasks.size(); ++i) {
        const TaskRecord& t = n.tasks[i];
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td align=\"center\">%2</td><td>%3</td>"
                            "<td>%4</td><td align=\"center\">%5%</td><td>%6</td></tr>")
                 .arg(i + 1)
                 .arg(t.id)
                 .arg(esc(t.title), esc(deadlineCell(t)))
                 .arg(t.percent)
                 .arg(esc(stateCell(t)));
    }
    h += QStringLiteral("</tbody></table>");
    h += QStringLiteral("<p><b>%1</b>%2</p>")
             .arg(esc(tr("反馈时限：")), esc(n.replyBy.toString(QStringLiteral("yyyy年M月d日"))));
    h += QStringLiteral("<p>&nbsp;</p><p class=\"sign\">%1<br/>%2</p>")
             .arg(esc(office), esc(issued.toString(QStringLiteral("yyyy年M月d日"))));
    h += QStringLiteral("</body></html>");
    return h;
}

int printChaseNotice(const ChaseNotice& n, QPagedPaintDevice* device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    QTextDocument doc;
    doc.setHtml(chaseNoticeHtml(n));
    doc.print(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    doc.setPageSize(page.size());
    return doc.pageCount();
}

bool writeChaseNoticePdf(const ChaseNotice& n, const QString& path, QString* error, int* pages)
{
    const auto print = [&](QPdfWriter* writer) { return printChaseNotice(n, writer); };
    return writePdfFile(path, {300, chaseNoticeTitle(n.level) + u' ' + n.noticeNo}, print,
                        tr("无法写入 %1：%2"), error, pages);
}

} // namespace duban
