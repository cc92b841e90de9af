#include "cli/command.h"
#include "cli/options.h"
#include "cli/storeoutput.h"
#include "core/scorecolumns.h"
#include "exchange/scoresheet.h"
#include "palette/warningpalette.h"

#include <QFile>
#include <QJsonDocument>

namespace duban::cli {

namespace {

void addOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("from"), tr("考评期间的第一天"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), tr("考评期间的最后一天"), QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("as-of"), tr("按审计记录还原到此日（默认期末）"), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("format"), tr("输出格式：table（默认）、json 或 xlsx"), QStringLiteral("F")});
    p.addOption({QStringLiteral("out"), tr("xlsx 写入此文件"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("rule"), tr("评分规则（JSON 文件；默认内置规则）"), QStringLiteral("FILE")});
}

void printTable(QTextStream& out, const QList<UnitScore>& scores)
{
    // Narrow columns for the counts; the unit's name gets the room.
    QList<int> widths;
    for (int c = 0; c < kScoreColumnCount; ++c)
        widths << (ScoreColumn(c) == ScoreColumn::Unit ? 24 : isRateColumn(ScoreColumn(c)) ? 10 : 8);
    const QStringList chaseNames = WarningPalette::current().chaseNameList();
    for (int c = 0; c < kScoreColumnCount; ++c)
        out << textCell(scoreColumnLabel(ScoreColumn(c), chaseNames), widths[c]) << ' ';
    out << '\n';
    for (const UnitScore& s : scores) {
        for (int c = 0; c < kScoreColumnCount; ++c)
            out << textCell(scoreText(s, ScoreColumn(c)), widths[c]) << ' ';
        out << '\n';
    }
}

// `score --from D --to D [--as-of D] [--format table|json|xlsx] [--out FILE] [--rule FILE]`: the 考评
// ranking, replayed from the audit trail to the as-of day — the same figures as the app's 考评 view.
int run(CommandContext& c)
{
    const QCommandLineParser& p = c.options;
    QString why;
    const auto dates = dateOptions(p, {"from", "to", "as-of"}, &why);
    if (!dates)
        return c.usageError(why);
    const auto [from, to, asOf] = *dates;
    if (!from.isValid() || !to.isValid())
        return c.usageError(tr("需要 --from 和 --to"));
    if (from > to)
        return c.usageError(tr("--from 不能晚于 --to"));
    const QString format = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("table")
                                                                       : p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("xlsx"))
        return c.usageError(tr("--format 应为 table、json 或 xlsx"));
    const QString outPath = p.value(QStringLiteral("out"));
    if (format == QLatin1String("xlsx") && outPath.isEmpty())
        return c.usageError(tr("--format xlsx 需要 --out FILE"));
    ScoreRule rule;
    if (p.isSet(QStringLiteral("rule"))) {
        QFile f(p.value(QStringLiteral("rule")));
        QJsonParseError pe;
        const QJsonDocument doc =
            f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &pe) : QJsonDocument();
        if (!doc.isObject())
            return c.failure(tr("无法读取评分规则 %1").arg(f.fileName()), BadInput);
        rule = ScoreRule::fromJson(doc.object());
    }
    Repository* repo = c.database();
    if (!repo)
        return c.failureCode();
    const ScorePeriod period{from, to, asOf.isValid() ? asOf : to};
    StoreError e;
    const QList<UnitScore> scores = repo->computeScores(period, rule, &e);
    if (e.isError())
        return c.storeFailure(e);
    if (format == QLatin1String("xlsx")) {
        QString error;
        if (!writeScoreXlsx(scores, period, rule, outPath, &error, WarningPalette::current().chaseNameList()))
            return c.failure(error, BadInput);
        c.out << tr("已写入 %1 个单位的考评排名：%2").arg(scores.size()).arg(outPath) << '\n';
    } else if (format == QLatin1String("json")) {
        QJsonObject o = scoresToJson(scores);
        o.insert(QStringLiteral("from"), period.from.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), period.to.toString(Qt::ISODate));
        o.insert(QStringLiteral("as_of"), period.asOf.toString(Qt::ISODate));
        o.insert(QStringLiteral("rule"), rule.toJson());
        c.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        c.out << tr("考评 %1 至 %2（截至 %3），%4 个单位")
                     .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                          period.asOf.toString(Qt::ISODate))
                     .arg(scores.size())
              << '\n';
        printTable(c.out, scores);
    }
    return Ok;
}

} // namespace

extern const CommandSpec scoreCommand =
    CommandSpec("score", QT_TRANSLATE_NOOP("duban::cli", "考评：按评分规则给各单位打分排名"), Access::Reads,
                addOptions, run);

} // namespace duban::cli
