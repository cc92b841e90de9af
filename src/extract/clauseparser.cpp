#include "extract/clauseparser.h"

#include "core/unitdirectory.h"
#include "extract/textutil.h"

#include <QRegularExpression>

namespace duban {

namespace {

const QString kLabelAlternatives = QStringLiteral("牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|"
                                                  "协办单位|参与单位|主办单位|实施单位|完成时限|完成时间|"
                                                  "责任领导|分管领导|牵头领导|责任人|联系人");

const QRegularExpression& labelRe()
{
    static const QRegularExpression re(QStringLiteral("(%1)[：:]").arg(kLabelAlternatives));
    return re;
}

const QRegularExpression& trailingMarkerRe()
{
    static const QRegularExpression re(
        QStringLiteral("(按职责分工负责|按照职责分工负责|按职责负责|按照?职责分工|按职责|分别负责|共同负责|负责落实|具体负责|负责|"
                       "配合|牵头|参与|落实|等单位)$"));
    return re;
}

QString stripEdges(QString s)
{
    static const QString punct = QStringLiteral("，,、；;。.：:");
    while (!s.isEmpty() && punct.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && punct.contains(s.back()))
        s.chop(1);
    return s;
}

bool endsWithMarker(const QString& s)
{
    return trailingMarkerRe().match(stripEdges(s)).hasMatch();
}

// Cuts a standing note (以下…均需…落实，不再列出) off the clause; returns the units it names.
QStringList takeNote(QString& v)
{
    const int end = int(v.indexOf(QStringLiteral("不再列出")));
    if (end < 0)
        return {};
    int start = int(v.lastIndexOf(QStringLiteral("以下"), end));
    if (start < 0)
        start = int(v.lastIndexOf(QStringLiteral("均需"), end));
    if (start < 0)
        return {};
    const QString note = v.mid(start, end - start);
    v = stripEdges(v.left(start));
    const int need = int(note.indexOf(u'需'));
    const int act = int(note.lastIndexOf(QStringLiteral("落实")));
    if (need < 0 || act <= need)
        return {};
    return ClauseParser::splitUnits(note.mid(need + 1, act - need - 1));
}

struct Roles
{
    QStringList leads, co;
};

// "A、B牵头，C、D负责" → leads A,B and co C,D; without 牵头 the first unit leads.
std::optional<Roles> rolesOf(const QString& value, bool requireMarker)
{
    const QString v = stripEdges(value);
    if (v.isEmpty())
        return std::nullopt;
    Roles r;
    // The 牵头 that divides leads from the rest; one in brackets (市发展改革委（牵头）) only marks its unit.
    int lead = -1;
    for (qsizetype at = v.indexOf(QStringLiteral("牵头")); at >= 0;
         at = v.indexOf(QStringLiteral("牵头"), at + 1)) {
        if (at > 0 && v[at - 1] != u'（' && v[at - 1] != u'(') {
            lead = int(at);
            break;
        }
    }
    if (lead > 0) {
        r.leads = ClauseParser::splitUnits(v.left(lead));
        r.co = ClauseParser::splitUnits(v.mid(lead + 2));
    } else {
        if (requireMarker && !endsWithMarker(v))
            return std::nullopt;
        const QStringList all = ClauseParser::splitUnits(v);
        if (all.isEmpty())
            return std::nullopt;
        r.leads = {all.first()};
        r.co = all.mid(1);
    }
    if (r.leads.isEmpty())
        return std::nullopt;
    return r;
}

bool mostlyUnits(const QStringList& leads, const QStringList& co)
{
    for (const QString& u : leads) {
        if (!ClauseParser::looksLikeUnit(u))
            return false;
    }
    int ok = 0;
    for (const QString& u : co)
        ok += ClauseParser::looksLikeUnit(u) ? 1 : 0;
    return co.isEmpty() || ok * 10 >= co.size() * 6;
}

void appendUnique(QStringList& to, const QStringList& from)
{
    for (const QString& u : from) {
        if (!to.contains(u))
            to.append(u);
    }
}

// "市卫健体委和县区人民政府" names two units, "市住房和城乡建设局" one: split on 和/及 only where both
// halves read as unit names on their own.
QStringList splitConjoined(const QString& u)
{
    for (const QString& conj : {QStringLiteral("和"), QStringLiteral("及")}) {
        for (qsizetype at = u.indexOf(conj); at > 0; at = u.indexOf(conj, at + 1)) {
            const QString left = u.left(at), right = u.mid(at + 1);
            if (ClauseParser::looksLikeUnit(left) && ClauseParser::looksLikeUnit(right) &&
                !UnitDirectory::builtin().isKnown(u))
                return QStringList{left} + splitConjoined(right);
        }
    }
    return {u};
}

// 市发展改革委（牵头）、市财政局: a unit marked （牵头） leads, whatever its place in the list.
void promoteMarkedLeads(ClauseUnits& c)
{
    static const QRegularExpression mark(QStringLiteral("[（(]牵头[）)]$"));
    QStringList marked;
    auto strip = [&](QStringList& list) {
        for (QString& u : list) {
            const auto m = mark.match(u);
            if (m.hasMatch()) {
                u.truncate(m.capturedStart());
                marked.append(u);
            }
        }
    };
    strip(c.leads);
    strip(c.co);
    if (marked.isEmpty())
        return;
    for (const QString& u : c.leads) {
        if (!marked.contains(u))
            c.co.prepend(u);
    }
    c.leads = marked;
}

// Leads come first and only once; a clause without units is none.
std::optional<ClauseUnits> finish(ClauseUnits out)
{
    promoteMarkedLeads(out);
    for (const QString& u : std::as_const(out.leads))
        out.co.removeAll(u);
    out.units = out.leads + out.co;
    if (out.units.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

bool ClauseParser::startsWithLabel(const QString& text)
{
    const auto m = labelRe().match(compactText(text));
    return m.hasMatch() && m.capturedStart() == 0 && !m.captured(1).startsWith(QStringLiteral("完成"));
}

QStringList ClauseParser::splitUnits(const QString& list)
{
    static const QString seps = QStringLiteral("、，,；;。");
    QStringList out;
    QString cur;
    int depth = 0;
    auto flush = [&] {
        QString u = stripEdges(cur);
        for (;;) {
            const auto m = trailingMarkerRe().match(u);
            if (!m.hasMatch() || m.capturedStart() == 0)
                break;
            u = stripEdges(u.left(m.capturedStart()));
        }
        if (u.startsWith(u'由'))
            u.remove(0, 1);
        if (!u.isEmpty())
            out.append(splitConjoined(u));
        cur.clear();
    };
    for (QChar c : compactText(list)) {
        if (c == u'（' || c == u'(')
            ++depth;
        else if ((c == u'）' || c == u')') && depth > 0)
            --depth;
        if (depth == 0 && seps.contains(c)) {
            flush();
            continue;
        }
        cur.append(c);
    }
    flush();
    return out;
}

bool ClauseParser::looksLikeUnit(const QString& name)
{
    const QString n = compactText(name);
    if (n.size() < 2 || n.size() > 40)
        return false;
    if (UnitDirectory::builtin().isKnown(n))
        return true;
    static const QRegularExpression digitsOrVerbs(
        QStringLiteral("[0-9０-９%％]|要|应|将|推进|加强|实施|建立|完善"));
    if (digitsOrVerbs.match(n).hasMatch())
        return false;
    static const QString lastChars =
        QStringLiteral("局委办府会院部厅处室心司团行关段队社联所站区县门位台油化组庭署");
    QString core = n;
    if (core.endsWith(u'）') || core.endsWith(u')')) // 各县区人民政府（管委会）
        core = core.left(int(core.lastIndexOf(core.endsWith(u'）') ? u'（' : u'(')));
    core = stripEdges(core);
    if (core.endsWith(u'等'))
        core.chop(1);
    return !core.isEmpty() && lastChars.contains(core.back());
}

std::optional<ClauseUnits> ClauseParser::parseCell(const QString& units, const QString& coUnits)
{
    QString v = compactText(units);
    ClauseUnits out;
    out.inherited = takeNote(v);
    if (startsWithLabel(v)) {
        auto labelled = parse(v);
        if (!labelled)
            return std::nullopt;
        out = *labelled;
    } else {
        const auto r = rolesOf(v, false);
        if (!r)
            return std::nullopt;
        out.leads = r->leads;
        out.co = r->co;
    }
    appendUnique(out.co, splitUnits(coUnits));
    return finish(std::move(out));
}

std::optional<ClauseUnits> ClauseParser::parse(const QString& raw)
{
    QString content = compactText(raw);
    if (content.isEmpty() || content.size() > 600)
        return std::nullopt;
    ClauseUnits out;
    out.inherited = takeNote(content);

    const auto first = labelRe().match(content);
    if (first.hasMatch() && first.capturedStart() == 0) {
        // Labelled form: split into label → value parts.
        QList<QPair<QString, QString>> parts;
        auto it = labelRe().globalMatch(content);
        QList<QRegularExpressionMatch> ms;
        while (it.hasNext())
            ms.append(it.next());
        for (int i = 0; i < ms.size(); ++i) {
            const int from = int(ms[i].capturedEnd());
            const int to = i + 1 < ms.size() ? int(ms[i + 1].capturedStart()) : int(content.size());
            parts.append({ms[i].captured(1), content.mid(from, to - from)});
        }
        QStringList leads, co, plain;
        for (const auto& [label, value] : parts) {
            if (label.endsWith(QStringLiteral("领导")) || label.endsWith(QStringLiteral("人")))
                continue; // people, not units
            if (label.startsWith(QStringLiteral("完成"))) {
                out.deadlineText = stripEdges(value);
            } else if (label.startsWith(QStringLiteral("牵头"))) {
                appendUnique(leads, splitUnits(value));
            } else if (label.startsWith(QStringLiteral("配合")) || label.startsWith(QStringLiteral("协办")) ||
                       label.startsWith(QStringLiteral("参与"))) {
                appendUnique(co, splitUnits(value));
            } else if (value.contains(QStringLiteral("牵头")) &&
                       !value.contains(QStringLiteral("（牵头）"))) {
                if (auto r = rolesOf(value, false)) {
                    appendUnique(leads, r->leads);
                    appendUnique(co, r->co);
                }
            } else {
                appendUnique(plain, splitUnits(value));
            }
        }
        if (leads.isEmpty() && !plain.isEmpty())
            leads.append(plain.takeFirst());
        QStringList rest = plain;
        appendUnique(rest, co);
        out.leads = leads;
        out.co = rest;
    } else {
        if (content.contains(u'。') && !content.contains(QStringLiteral("牵头")))
            return std::nullopt;
        const auto r = rolesOf(content, true);
        if (!r || !mostlyUnits(r->leads, r->co))
            return std::nullopt;
        out.leads = r->leads;
        out.co = r->co;
    }
    return finish(std::move(out));
}

} // namespace duban
