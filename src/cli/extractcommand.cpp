#include "cli/commands.h"
#include "core/translate.h"
#include "extract/documentreader.h"
#include "extract/extractor.h"
#include "extract/taskjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

// Terminal width of a string: CJK characters take two columns.
int displayWidth(const QString& s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

QString fit(const QString& s, int width)
{
    QString out;
    int w = 0;
    for (QChar c : s) {
        const int cw = c.unicode() >= 0x1100 ? 2 : 1;
        if (w + cw > width - 1 && displayWidth(s) > width) {
            out.append(u'…');
            ++w;
            break;
        }
        out.append(c);
        w += cw;
    }
    return out + QString(std::max(0, width - w), u' ');
}

void printTable(QTextStream& out, const QList<TaskDraft>& tasks)
{
    const QStringList header = {tr("行"),       tr("任务"),     tr("牵头单位"),
                                tr("责任单位"), tr("完成时限"), tr("文号")};
    const int widths[] = {11, 36, 22, 30, 12, 20};
    for (int i = 0; i < header.size(); ++i)
        out << fit(header[i], widths[i]) << ' ';
    out << '\n' << QString(140, u'-') << '\n';
    for (const auto& t : tasks) {
        const QString cells[] = {QStringLiteral("%1-%2").arg(t.lineStart).arg(t.lineEnd),
                                 t.title,
                                 t.leadUnits.join(u'、'),
                                 t.coUnits.join(u'、'),
                                 t.deadline.isValid() ? t.deadline.toString(Qt::ISODate)
                                                      : QStringLiteral("—"),
                                 t.directive.docNumber};
        for (int i = 0; i < 6; ++i)
            out << fit(cells[i], widths[i]) << ' ';
        out << '\n';
    }
    out << tr("共 %1 项任务").arg(tasks.size()) << '\n';
}

} // namespace

int runExtract(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("从通知、实施意见、实施方案中提取任务（Word、WPS、OFD、PDF、Excel、文本）"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("要提取的文件，可多个"), QStringLiteral("FILE..."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("输出格式: json 或 table"), QStringLiteral("json|table"),
                                    QStringLiteral("table"));
    p.addOption(format);
    QTextStream err(stderr);
    if (!p.parse(args)) {
        err << p.errorText() << '\n' << p.helpText();
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    const QString fmt = p.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("table")) {
        err << tr("未知的输出格式: %1（可选 json 或 table）").arg(fmt) << '\n';
        return Usage;
    }
    if (p.positionalArguments().isEmpty()) {
        err << tr("请指定至少一个文件。") << '\n' << p.helpText();
        return Usage;
    }
    QList<TaskDraft> all;
    int failures = 0;
    Extractor extractor;
    for (const QString& path : p.positionalArguments()) {
        const ReadResult r = DocumentReader::read(path);
        if (!r.ok()) {
            err << r.error << '\n';
            ++failures;
            continue;
        }
        all += extractor.extract(r.doc).tasks;
    }
    QTextStream out(stdout);
    if (fmt == QLatin1String("json"))
        out << QJsonDocument(tasksToJson(all)).toJson(QJsonDocument::Indented);
    else
        printTable(out, all);
    return failures ? BadInput : Ok;
}

} // namespace duban::cli
