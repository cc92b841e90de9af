#include "cli/command.h"
#include "cli/options.h"
#include "report/reportdocument.h"

#include <QFile>
#include <QFileInfo>

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {QStringLiteral("week"), tr("报告周次，如 2022-W40（周一至周日）"), QStringLiteral("YYYY-Wnn")},
        {QStringLiteral("from"), tr("报告期间的起始日期"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), tr("报告期间的截止日期"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("as-of"), tr("统计截止日期（默认：期末或今天）"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("date"), tr("落款日期（默认：--as-of 的日期或今天）"), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("unit"), tr("只统计此单位（牵头或配合）的任务，可重复"), QStringLiteral("U")},
        {QStringLiteral("directive"), tr("只统计此文件编号的任务，可重复"), QStringLiteral("ID")},
        {QStringLiteral("office"), tr("发文单位，如 市政府督查室"), QStringLiteral("NAME")},
        {QStringLiteral("title"), tr("报告名称（默认：督查周报）"), QStringLiteral("T")},
        {QStringLiteral("requirements"), tr("工作要求的文本文件（UTF-8）"), QStringLiteral("FILE")},
        {QStringLiteral("pdf"), tr("写入 PDF"), QStringLiteral("FILE")},
        {QStringLiteral("html"), tr("写入 HTML"), QStringLiteral("FILE")},
        {QStringLiteral("by"), tr("印发人（默认：当前登录名）"), QStringLiteral("NAME")},
        {QStringList{QStringLiteral("by-original"), QStringLiteral("original-deadline")},
         tr("延期的任务按原定完成时限评判（按原定时间考核）")},
    });
}

std::optional<ReportPeriod> period(const QCommandLineParser& p, QString* why)
{
    const QString week = QStringLiteral("week"), from = QStringLiteral("from"), to = QStringLiteral("to");
    if (p.isSet(week) == (p.isSet(from) || p.isSet(to))) {
        *why = tr("请用 --week 2022-W40 或 --from 日期 --to 日期 指定报告期间（二选一）");
        return std::nullopt;
    }
    if (p.isSet(week))
        return ReportPeriod::parseWeek(p.value(week), why);
    if (!p.isSet(from) || !p.isSet(to)) {
        *why = tr("--from 与 --to 须同时给出");
        return std::nullopt;
    }
    const auto f = dateOption(p, from, why), t = f ? dateOption(p, to, why) : std::nullopt;
    return f && t ? ReportPeriod::range(*f, *t, why) : std::nullopt;
}

int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto file = oneOutputFile(p, QStringLiteral("pdf"), QStringLiteral("html"), &why);
    if (!file)
        return c.usageError(why);
    ReportOptions o;
    const auto range = period(p, &why);
    const auto dates = range ? dateOptions(p, {"as-of", "date"}, &why) : std::nullopt;
    if (!dates)
        return c.usageError(why);
    const auto [asOf, issued] = *dates;
    o.period = *range;
    o.asOf = asOf;
    o.issued = issued.isValid() ? issued : asOf;
    o.units = p.values(QStringLiteral("unit"));
    for (const QString& id : p.values(QStringLiteral("directive"))) {
        bool ok = false;
        const qint64 n = id.toLongLong(&ok);
        if (!ok || n <= 0)
            return c.usageError(tr("“%1”不是有效的文件编号").arg(id));
        o.directiveIds << n;
    }
    o.office = p.value(QStringLiteral("office"));
    o.byOriginalDeadline = p.isSet(QStringLiteral("by-original"));
    o.title = p.value(QStringLiteral("title"));
    if (p.isSet(QStringLiteral("requirements"))) {
        QFile f(p.value(QStringLiteral("requirements")));
        if (!f.open(QIODevice::ReadOnly))
            return c.failure(tr("无法读取工作要求文件 %1：%2").arg(f.fileName(), f.errorString()), BadInput);
        o.requirements = QString::fromUtf8(f.readAll());
    }
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    StoreError e;
    const auto report = buildWeeklyReport(*repo, o, true, byOrLogin(p), &e);
    if (!report)
        return c.storeFailure(e);
    QString error;
    int pages = 0;
    const bool ok = file->first ? writeReportPdf(*report, file->path, &error, &pages)
                                : writeReportHtml(*report, file->path, &error);
    if (!ok)
        return c.failure(error, BadInput);
    c.out << tr("已生成%1第%2期（%3）：%4")
                 .arg(report->options.title)
                 .arg(report->number)
                 .arg(report->options.period.label(), QFileInfo(file->path).absoluteFilePath());
    if (pages > 0)
        c.out << tr("，共 %1 页").arg(pages);
    c.out << '\n';
    return Ok;
}

} // namespace

extern const CommandSpec reportCommand =
    CommandSpec("report", QT_TRANSLATE_NOOP("duban::cli", "生成督查周报（PDF 或 HTML）"), Access::Reads,
                addOptions, run)
        .gui();

} // namespace duban::cli
