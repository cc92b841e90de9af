#include "cli/reportcommand.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "core/translate.h"
#include "report/reportdocument.h"
#include "store/repository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

std::optional<QDate> dateArg(const QCommandLineParser& p, const QCommandLineOption& o, QString* why)
{
    if (!p.isSet(o))
        return QDate();
    const QDate d = QDate::fromString(p.value(o).trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        *why = tr("“%1”不是有效日期，请写成 2022-10-07 这样的格式").arg(p.value(o));
        return std::nullopt;
    }
    return d;
}

QString defaultUser()
{
    const QString u = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return u.isEmpty() ? QStringLiteral("duban-cli") : u;
}

} // namespace

int runReport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("生成督查周报（PDF 或 HTML）"));
    p.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption week(QStringLiteral("week"), tr("报告周次，如 2022-W40（周一至周日）"),
                                  QStringLiteral("YYYY-Wnn"));
    const QCommandLineOption from(QStringLiteral("from"), tr("报告期间的起始日期"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("报告期间的截止日期"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), tr("统计截止日期（默认：期末或今天）"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption date(QStringLiteral("date"), tr("落款日期（默认：--as-of 的日期或今天）"),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("只统计此单位（牵头或配合）的任务，可重复"),
                                  QStringLiteral("U"));
    const QCommandLineOption directive(QStringLiteral("directive"), tr("只统计此文件编号的任务，可重复"),
                                       QStringLiteral("ID"));
    const QCommandLineOption office(QStringLiteral("office"), tr("发文单位，如 市政府督查室"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption title(QStringLiteral("title"), tr("报告名称（默认：督查周报）"),
                                   QStringLiteral("T"));
    const QCommandLineOption requirements(QStringLiteral("requirements"), tr("工作要求的文本文件（UTF-8）"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("写入 PDF"), QStringLiteral("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), tr("写入 HTML"), QStringLiteral("FILE"));
    const QCommandLineOption by(QStringLiteral("by"), tr("印发人（默认：当前登录名）"),
                                QStringLiteral("NAME"));
    p.addOptions(
        {db, week, from, to, asOf, date, unit, directive, office, title, requirements, pdf, html, by});
    QTextStream err(stderr);
    if (const int code = parseCommandLine(p, args); code >= 0)
        return code;
    if (p.isSet(pdf) == p.isSet(html)) {
        err << tr("请用 --pdf FILE 或 --html FILE 指定一个输出文件") << '\n';
        return Usage;
    }
    if (p.isSet(week) == (p.isSet(from) || p.isSet(to))) {
        err << tr("请用 --week 2022-W40 或 --from 日期 --to 日期 指定报告期间（二选一）") << '\n';
        return Usage;
    }
    if (!p.isSet(week) && (!p.isSet(from) || !p.isSet(to))) {
        err << tr("--from 与 --to 须同时给出") << '\n';
        return Usage;
    }
    ReportOptions o;
    QString why;
    if (p.isSet(week)) {
        const auto w = ReportPeriod::parseWeek(p.value(week), &why);
        if (!w) {
            err << why << '\n';
            return BadInput;
        }
        o.period = *w;
    } else {
        const auto f = dateArg(p, from, &why), t = f ? dateArg(p, to, &why) : std::nullopt;
        const auto range = f && t ? ReportPeriod::range(*f, *t, &why) : std::nullopt;
        if (!range) {
            err << why << '\n';
            return BadInput;
        }
        o.period = *range;
    }
    const auto asOfDate = dateArg(p, asOf, &why);
    const auto issued = asOfDate ? dateArg(p, date, &why) : std::nullopt;
    if (!asOfDate || !issued) {
        err << why << '\n';
        return BadInput;
    }
    o.asOf = *asOfDate;
    o.issued = issued->isValid() ? *issued : *asOfDate;
    o.units = p.values(unit);
    for (const QString& id : p.values(directive)) {
        bool ok = false;
        const qint64 n = id.toLongLong(&ok);
        if (!ok || n <= 0) {
            err << tr("“%1”不是有效的文件编号").arg(id) << '\n';
            return BadInput;
        }
        o.directiveIds << n;
    }
    o.office = p.value(office);
    o.title = p.value(title);
    if (p.isSet(requirements)) {
        QFile f(p.value(requirements));
        if (!f.open(QIODevice::ReadOnly)) {
            err << tr("无法读取工作要求文件 %1：%2").arg(f.fileName(), f.errorString()) << '\n';
            return BadInput;
        }
        o.requirements = QString::fromUtf8(f.readAll());
    }

    OpenOptions open;
    open.mustExist = true;
    StoreError e;
    const QString path = p.isSet(db) ? p.value(db) : Repository::defaultPath();
    auto repo = Repository::open(path, open, &e);
    if (!repo) {
        err << e.message << '\n';
        return DatabaseProblem;
    }
    const auto report = buildWeeklyReport(*repo, o, true, p.isSet(by) ? p.value(by) : defaultUser(), &e);
    if (!report) {
        err << e.message << '\n';
        return e.kind == StoreError::BadInput ? BadInput : DatabaseProblem;
    }
    QString error;
    int pages = 0;
    const QString out = p.isSet(pdf) ? p.value(pdf) : p.value(html);
    const bool ok =
        p.isSet(pdf) ? writeReportPdf(*report, out, &error, &pages) : writeReportHtml(*report, out, &error);
    if (!ok) {
        err << error << '\n';
        return BadInput;
    }
    QTextStream o2(stdout);
    o2 << tr("已生成%1第%2期（%3）：%4")
              .arg(report->options.title)
              .arg(report->number)
              .arg(report->options.period.label(), QFileInfo(out).absoluteFilePath());
    if (pages > 0)
        o2 << tr("，共 %1 页").arg(pages);
    o2 << '\n';
    return Ok;
}

} // namespace duban::cli
