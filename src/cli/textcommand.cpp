// `duban-cli text FILE... [--format json]`: the text Duban read from each file, so a user (and a test)
// sees exactly what extraction worked on, and where each line came from.
#include "cli/commands.h"
#include "core/translate.h"
#include "extract/documentreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace duban::cli {

namespace {

QString tr(const char* s)
{
    return translateIn({"cli", "duban::cli", "duban"}, s);
}

// The readers describe a line's source in words ("第2页第5行", "工作表“任务”第7行", or their English
// translation); JSON gives the same as fields.
void addSource(QJsonObject* line, const QString& location)
{
    static const QRegularExpression sheet(
        QStringLiteral("^(?:工作表“(.*)”第(\\d+)行|sheet “(.*)”, row (\\d+))$"));
    static const QRegularExpression table(
        QStringLiteral("^(?:表(\\d+)第(\\d+)行|table (\\d+), row (\\d+))$"));
    static const QRegularExpression page(
        QStringLiteral("^(?:第(\\d+)页(?:第(\\d+)行)?|page (\\d+)(?:, line (\\d+))?)$"));
    static const QRegularExpression paragraph(QStringLiteral("^(?:第(\\d+)段|paragraph (\\d+))$"));
    const auto pick = [](const QRegularExpressionMatch& m, int a, int b) {
        return m.captured(a).isEmpty() ? m.captured(b) : m.captured(a);
    };
    if (auto m = sheet.match(location); m.hasMatch()) {
        line->insert(QStringLiteral("sheet"), pick(m, 1, 3));
        line->insert(QStringLiteral("row"), pick(m, 2, 4).toInt());
    } else if (auto t = table.match(location); t.hasMatch()) {
        line->insert(QStringLiteral("table"), pick(t, 1, 3).toInt());
        line->insert(QStringLiteral("row"), pick(t, 2, 4).toInt());
    } else if (auto p = page.match(location); p.hasMatch()) {
        line->insert(QStringLiteral("page"), pick(p, 1, 3).toInt());
        if (const QString l = pick(p, 2, 4); !l.isEmpty())
            line->insert(QStringLiteral("page_line"), l.toInt());
    } else if (auto g = paragraph.match(location); g.hasMatch()) {
        line->insert(QStringLiteral("paragraph"), pick(g, 1, 2).toInt());
    }
}

QJsonObject documentJson(const QString& path, const SourceDocument& doc)
{
    QJsonArray lines;
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        QJsonObject l{{QStringLiteral("line"), int(i + 1)}, {QStringLiteral("text"), doc.lines[i]}};
        if (i < doc.locations.size() && !doc.locations[i].isEmpty()) {
            l.insert(QStringLiteral("source"), doc.locations[i]);
            addSource(&l, doc.locations[i]);
        }
        lines.append(l);
    }
    return {{QStringLiteral("file"), path},
            {QStringLiteral("format"), doc.format},
            {QStringLiteral("lines"), lines}};
}

} // namespace

int runText(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("显示督办从文件中读到的文字（提取任务所依据的正文）"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), tr("要读取的文件，可多个"), QStringLiteral("FILE..."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("输出格式: text 或 json"), QStringLiteral("text|json"),
                                    QStringLiteral("text"));
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
    if (fmt != QLatin1String("json") && fmt != QLatin1String("text")) {
        err << tr("未知的输出格式: %1（可选 text 或 json）").arg(fmt) << '\n';
        return Usage;
    }
    if (p.positionalArguments().isEmpty()) {
        err << tr("请指定至少一个文件。") << '\n' << p.helpText();
        return Usage;
    }
    QTextStream out(stdout);
    QJsonArray docs;
    int failures = 0;
    const QStringList files = p.positionalArguments();
    for (const QString& path : files) {
        const ReadResult r = DocumentReader::read(path);
        if (!r.ok()) {
            err << r.error << '\n';
            ++failures;
            continue;
        }
        if (fmt == QLatin1String("json")) {
            docs.append(documentJson(path, r.doc));
            continue;
        }
        if (files.size() > 1)
            out << "==> " << path << " <==\n";
        for (const QString& line : r.doc.lines)
            out << line << '\n';
    }
    if (fmt == QLatin1String("json"))
        out << QJsonDocument(docs).toJson(QJsonDocument::Indented);
    return failures ? BadInput : Ok;
}

} // namespace duban::cli
