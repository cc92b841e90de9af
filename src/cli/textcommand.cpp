#include "cli/documentfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace duban::cli {

namespace {

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

const QStringList& formats()
{
    static const QStringList f{QStringLiteral("text"), QStringLiteral("json")};
    return f;
}

void addOptions(QCommandLineParser& p)
{
    addDocumentOptions(p, tr("要读取的文件，可多个"), tr("输出格式: text 或 json"), formats());
}

// `text FILE... [--format text|json]`: the text Duban read from each file, so a user (and a test) sees
// exactly what extraction worked on, and where each line came from.
int run(CommandContext& c)
{
    QJsonArray documents;
    QString format;
    const int code = readDocuments(
        c, formats(),
        [&](const QString& path, const SourceDocument& doc, const QString& chosen, int files) {
            if (chosen == QLatin1String("json")) {
                documents.append(documentJson(path, doc));
                return;
            }
            if (files > 1)
                c.out << "==> " << path << " <==\n";
            for (const QString& line : doc.lines)
                c.out << line << '\n';
        },
        &format);
    if (format == QLatin1String("json"))
        c.out << QJsonDocument(documents).toJson(QJsonDocument::Indented);
    return code;
}

} // namespace

extern const CommandSpec textCommand = documentCommand(
    "text", QT_TRANSLATE_NOOP("duban::cli", "显示督办从文件中读到的文字（提取任务所依据的正文）"), addOptions,
    run);

} // namespace duban::cli
