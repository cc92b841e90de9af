#include "extract/clauseparser.h"

#include "core/unitdirectory.h"
#include "extract/textutil.h"

#include <QRegularExpression>
#include <initializer_list>
#include <utility>

namespace duban {

namespace {

// Labels of a clause's parts: a role and what it names (牵头单位, 配合部门, 指导处室 …), times, scopes,
// people.
const QString kLabelAlternatives = QStringLiteral(
    "(?:主要|具体)?(?:牵头|责任|负责|主责|主办|承办|配合|协办|协同|协助|参与|实施|落实|指导|督办){1,2}"
    "(?:单位|部门|处室|机构|主体)|"
    "完成时限|完成时间|时间节点|时限要求|适用范围|推广范围|实施范围|责任领导|分管领导|牵头领导|"
    "责任人|联系人");

const QRegularExpression& labelRe()
{
    static const QRegularExpression re(QStringLiteral("(%1)[：:]").arg(kLabelAlternatives));
    return re;
}

const QRegularExpression& trailingMarkerRe()
{
    static const QRegularExpression re(QStringLiteral(
        "(按职责分工负责|按照职责分工负责|按职责负责|按照?职责分工|按职责|分别负责|共同负责|负责落实|"
        "具体负责|组织实施|组织落实|抓好落实|牵头负责|负责|配合|牵头|参与|落实|指导|协同|协助|"
        "等单位)$"));
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

// Cuts a standing note off the clause (以下均需X落实，不再列出 / 以下均涉及X，不再重复列出); returns the
// units it names. A note may name them by short forms (县区 for 各县区人民政府): those stand for the
// clause's own units that contain them.
QStringList takeNote(QString& v)
{
    static const QRegularExpression endRe(QStringLiteral("不再(?:重复|一一)?列出"));
    const auto endMatch = endRe.match(v);
    if (!endMatch.hasMatch())
        return {};
    const int end = int(endMatch.capturedStart());
    int start = int(v.lastIndexOf(QStringLiteral("以下"), end));
    if (start < 0)
        start = int(v.lastIndexOf(QStringLiteral("均需"), end));
    if (start < 0)
        return {};
    const QString note = stripEdges(v.mid(start, end - start));
    v = stripEdges(v.left(start));
    static const QRegularExpression verbRe(QStringLiteral("(?:需|涉及|由)"));
    const auto verb = verbRe.match(note);
    if (!verb.hasMatch())
        return {};
    qsizetype act = note.lastIndexOf(QStringLiteral("落实"));
    if (act <= verb.capturedEnd())
        act = note.size();
    const QStringList named =
        ClauseParser::splitUnits(note.mid(verb.capturedEnd(), act - verb.capturedEnd()));
    const QStringList own = ClauseParser::splitUnits(v.mid(v.indexOf(u'：') + 1));
    QStringList out;
    for (const QString& n : named) {
        QString unit = n;
        for (const QString& u : own) {
            if (u.size() > n.size() && u.contains(n)) {
                unit = u;
                break;
            }
        }
        if (!out.contains(unit))
            out.append(unit);
    }
    return out;
}

// Cuts a note saying who leads (第一个逗号前为牵头单位，多个牵头部门的按照职责分工负责，下同) off the clause;
// returns 0 when there is none, 1 for this clause, 2 for this and the clauses after it.
int takeLeadRule(QString& v)
{
    // 列第一位的为牵头单位，下同 / 排在首位者为牵头单位: what a clause without marks means anyway (lead = the
    // first unit), so the note only has to leave the list; a standing note after it stays.
    static const QRegularExpression first(QStringLiteral(
        "[；;，,。]?[^；;，,。]*(?:列|排)(?:在)?(?:第一|首)位?(?:的|者)?(?:单位|部门)?为牵头(?:单位|部门)"
        "(?:[，,]?下同)?"));
    if (const auto m = first.match(v); m.hasMatch()) {
        v = stripEdges(v.left(m.capturedStart()) + v.mid(m.capturedEnd()));
        return 0;
    }
    static const QRegularExpression re(
        QStringLiteral("[；;，,。]?[^；;，,。]*逗号前(?:的)?(?:单位)?为牵头(?:单位|部门)"));
    const auto m = re.match(v);
    if (!m.hasMatch())
        return 0;
    const QString rest = v.mid(m.capturedStart());
    v = stripEdges(v.left(m.capturedStart()));
    return rest.contains(QStringLiteral("下同")) || rest.contains(QStringLiteral("以下")) ? 2 : 1;
}

// The units before the list's first ， outside brackets (after a leading label); all of them without one.
QStringList firstGroupOf(const QString& v)
{
    const QString list = v.mid(ClauseParser::startsWithLabel(v) ? labelRe().match(v).capturedEnd() : 0);
    int depth = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QChar c = list[i];
        if (isOneOf(c, u"（(〔〈"))
            ++depth;
        else if (isOneOf(c, u"）)〕〉") && depth > 0)
            --depth;
        else if (depth == 0 && (c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'。'))
            return ClauseParser::splitUnits(list.left(i));
    }
    return ClauseParser::splitUnits(list); // no ，: under the convention every unit leads
}

struct Roles
{
    QStringList leads, co;
    QHash<QString, QString> role; // unit -> lead / responsible / co / guide / participate
};

// The role of the first of `words` that `text` holds (at its start when `atStart`); responsible when none.
QString roleOf(const QString& text, bool atStart,
               std::initializer_list<std::pair<const char16_t*, const char*>> words)
{
    for (const auto& [word, role] : words) {
        const QString w = QString::fromUtf16(word);
        if (atStart ? text.startsWith(w) : text.contains(w))
            return QLatin1String(role);
    }
    return QStringLiteral("responsible");
}

// The role a trailing word gives the units before it.
QString roleOfMarker(const QString& marker)
{
    return roleOf(marker, false,
                  {{u"牵头", "lead"},
                   {u"配合", "co"},
                   {u"协同", "co"},
                   {u"协助", "co"},
                   {u"指导", "guide"},
                   {u"参与", "participate"}});
}

// Role words at the end of a piece (牵头负责, 负责落实 …), stripped; empty when it carries none.
QString takeTrailingRole(QString& piece)
{
    QString role;
    for (;;) {
        piece = stripEdges(piece);
        const auto m = trailingMarkerRe().match(piece);
        if (!m.hasMatch() || m.capturedStart() == 0 || m.captured(1) == QStringLiteral("等单位"))
            break;
        const QString r = roleOfMarker(m.captured(1));
        if (role.isEmpty() || r == QStringLiteral("lead"))
            role = r;
        piece.truncate(m.capturedStart());
    }
    return role;
}

// Splits a clause into pieces that each end in their own role word: on ，；outside brackets, then at a
// 牵头 or 会同 inside a piece (A牵头B配合, A会同B负责).
QList<QPair<QString, QString>> rolePieces(const QString& v)
{
    QStringList parts;
    QString cur;
    int depth = 0;
    for (QChar c : v) {
        if (c == u'（' || c == u'(')
            ++depth;
        else if ((c == u'）' || c == u')') && depth > 0)
            --depth;
        if (depth == 0 && (c == u'，' || c == u',' || c == u'；' || c == u';' || c == u'。')) {
            parts.append(cur);
            cur.clear();
            continue;
        }
        cur.append(c);
    }
    parts.append(cur);
    QList<QPair<QString, QString>> out; // (piece, role)
    for (QString p : parts) {
        p = stripEdges(p);
        if (p.isEmpty())
            continue;
        for (;;) {
            qsizetype at = -1;
            for (qsizetype i = p.indexOf(QStringLiteral("牵头")); i > 0;
                 i = p.indexOf(QStringLiteral("牵头"), i + 1)) {
                const bool bracketed = p[i - 1] == u'（' || p[i - 1] == u'(';
                if (!bracketed && i + 2 < p.size() && !p.mid(i + 2).startsWith(QStringLiteral("负责"))) {
                    at = i;
                    break;
                }
            }
            if (at < 0)
                break;
            out.append({p.left(at), QStringLiteral("lead")});
            p = stripEdges(p.mid(at + 2));
        }
        const qsizetype with = p.indexOf(QStringLiteral("会同"));
        QString role = takeTrailingRole(p);
        if (with > 0 && with < p.size()) {
            out.append({p.left(with), role.isEmpty() ? QStringLiteral("responsible") : role});
            out.append({p.mid(with + 2), QStringLiteral("co")});
            continue;
        }
        out.append({p, role});
    }
    return out;
}

// "A、B牵头，C、D负责" → leads A,B and co C,D; without 牵头 the first unit leads.
std::optional<Roles> rolesOf(const QString& value, bool requireMarker)
{
    const QString v = stripEdges(value);
    if (v.isEmpty())
        return std::nullopt;
    auto pieces = rolePieces(v);
    if (pieces.isEmpty())
        return std::nullopt;
    if (requireMarker && pieces.last().second.isEmpty())
        return std::nullopt;
    // A piece without a role word shares the role of the next one that has one (A，B负责).
    QString next = QStringLiteral("responsible");
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) {
        if (it->second.isEmpty())
            it->second = next;
        else
            next = it->second;
    }
    Roles r;
    QStringList all;
    for (const auto& [piece, role] : pieces) {
        for (const QString& u : ClauseParser::splitUnits(piece)) {
            if (r.role.contains(u))
                continue;
            r.role.insert(u, role);
            all.append(u);
            (role == QStringLiteral("lead") ? r.leads : r.co).append(u);
        }
    }
    if (all.isEmpty())
        return std::nullopt;
    if (r.leads.isEmpty())
        r.leads.append(r.co.takeFirst());
    return r;
}

// 广州、深圳市政府: bare place names before a government share its 市政府, so each names a unit.
bool sharesGovernmentOfNext(const QStringList& all, qsizetype i)
{
    static const QRegularExpression bare(QStringLiteral("^\\p{Han}{2,4}$"));
    static const QRegularExpression government(QStringLiteral("^\\p{Han}{2,4}[市区县州盟](?:人民)?政府$"));
    for (qsizetype j = i; j < all.size(); ++j) {
        if (government.match(all[j]).hasMatch())
            return j > i;
        if (!bare.match(all[j]).hasMatch() || ClauseParser::looksLikeUnit(all[j]))
            return false;
    }
    return false;
}

bool mostlyUnits(const QStringList& leads, const QStringList& co)
{
    const QStringList all = leads + co;
    const auto isUnit = [&](qsizetype i) {
        return ClauseParser::looksLikeUnit(all[i]) || sharesGovernmentOfNext(all, i);
    };
    for (qsizetype i = 0; i < leads.size(); ++i) {
        if (!isUnit(i))
            return false;
    }
    int ok = 0;
    for (qsizetype i = leads.size(); i < all.size(); ++i)
        ok += isUnit(i) ? 1 : 0;
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
            // 文化和旅游部, 工业和信息化部, 住房和城乡建设局 are one name: the left half must end as an
            // organ does (局, 委, 部 …), not in a field of work.
            static const QString organEnd = QStringLiteral("局委办府部厅院会署行社团联");
            const QString core = left.endsWith(u'等') ? left.chopped(1) : left;
            if (core.size() >= 3 && organEnd.contains(core.back()) && ClauseParser::looksLikeUnit(left) &&
                ClauseParser::looksLikeUnit(right) && !UnitDirectory::builtin().isKnown(u))
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
            if (!u.endsWith(u'）') && !u.endsWith(u')'))
                continue;
            const auto m = mark.match(u);
            if (m.hasMatch()) {
                c.roleOf.remove(u);
                u.truncate(m.capturedStart());
                marked.append(u);
                c.roleOf.insert(u, QStringLiteral("lead"));
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

// Leads come first and only once; a clause without units is none. Every unit gets a role.
std::optional<ClauseUnits> finish(ClauseUnits out)
{
    for (int i = 0; i < out.units.size() && i < out.roles.size(); ++i)
        out.roleOf.insert(out.units[i], out.roles[i]); // a clause parsed before (a labelled table cell)
    promoteMarkedLeads(out);
    for (const QString& u : std::as_const(out.leads))
        out.co.removeAll(u);
    out.units = out.leads + out.co;
    if (out.units.isEmpty())
        return std::nullopt;
    out.roles.clear();
    for (const QString& u : std::as_const(out.units)) {
        QString r = out.roleOf.value(u);
        if (r.isEmpty())
            r = out.leads.contains(u) ? QStringLiteral("lead") : QStringLiteral("co");
        out.roles.append(r);
    }
    out.roleOf.clear();
    return out;
}

void addRoles(ClauseUnits& c, const QStringList& units, const QString& role)
{
    for (const QString& u : units) {
        if (!c.roleOf.contains(u))
            c.roleOf.insert(u, role);
    }
}

void addRoles(ClauseUnits& c, const QHash<QString, QString>& roles)
{
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (!c.roleOf.contains(it.key()))
            c.roleOf.insert(it.key(), it.value());
    }
}

// The role a clause label gives its units (牵头单位 → lead, 指导部门 → guide …).
QString roleOfLabel(const QString& label)
{
    return roleOf(
        label, true,
        {{u"牵头", "lead"}, {u"配合", "co"}, {u"协", "co"}, {u"参与", "participate"}, {u"指导", "guide"}});
}

} // namespace

bool ClauseParser::startsWithLabel(const QString& text)
{
    const auto m = labelRe().match(compactText(text));
    return m.hasMatch() && m.capturedStart() == 0 && !m.captured(1).startsWith(QStringLiteral("完成")) &&
           !m.captured(1).startsWith(QStringLiteral("时")) && !m.captured(1).endsWith(QStringLiteral("范围"));
}

QStringList ClauseParser::splitUnits(const QString& list)
{
    // 各区、县级市 / 各省、自治区、直辖市人民政府 / 各区、县（市）政府: after a 各… item, a bare level of
    // government joined by 、 continues the same collective phrase rather than naming a unit of its own.
    static const QRegularExpression bareLevel(QStringLiteral(
        "^(省|自治区|直辖市|计划单列市|副省级城市|地级市|市|州|自治州|盟|地区|县|自治县|县级市|区|"
        "市辖区|旗|乡|镇|乡镇|街道|新疆生产建设兵团|兵团)(?:[（(][^（）()]{1,6}[）)])?(人民政府|政府|党委|"
        "党委和政府|"
        "管委会|有关部门)?$"));
    QList<QPair<QString, QChar>> parts; // segment, separator before it
    QString cur;
    QChar sep;
    int depth = 0;
    for (QChar c : compactText(list)) {
        // 各区〔县、市〕政府 / 各区人民政府〈含开发区、长江新区〉: 〔〕 and 〈〉 stand for round brackets
        // inside a bracketed clause.
        if (isOneOf(c, u"（(〔〈"))
            ++depth;
        else if (isOneOf(c, u"）)〕〉") && depth > 0)
            --depth;
        if (depth == 0 && isOneOf(c, u"、，,；;。")) {
            parts.append({cur, sep});
            cur.clear();
            sep = c;
            continue;
        }
        cur.append(c);
    }
    parts.append({cur, sep});
    QStringList out;
    bool collective = false;
    for (const auto& [raw, before] : parts) {
        QString u = stripEdges(raw);
        for (;;) {
            const auto m = trailingMarkerRe().match(u);
            if (!m.hasMatch() || m.capturedStart() == 0)
                break;
            u = stripEdges(u.left(m.capturedStart()));
        }
        if (u.startsWith(u'由'))
            u.remove(0, 1);
        if (u.isEmpty())
            continue;
        if (collective && before == u'、' && bareLevel.match(u).hasMatch() && !out.isEmpty()) {
            out.last() += u'、' + u;
            continue;
        }
        collective = u.startsWith(u'各');
        out.append(splitConjoined(u));
    }
    return out;
}

bool ClauseParser::looksLikeUnit(const QString& name)
{
    const QString n = compactText(name);
    if (n.size() < 2 || n.size() > 40)
        return false;
    if (UnitDirectory::builtin().isKnown(n))
        return true;
    // 应 and 要 as "shall", not the 应 of 应急 (应急部, 区应急局) or the 要 of 要素.
    static const QRegularExpression digitsOrVerbs(
        QStringLiteral("[0-9０-９%％]|要(?!素)|应(?!急)|将|推进|加强|实施|建立|完善"));
    if (digitsOrVerbs.match(n).hasMatch())
        return false;
    static const QString lastChars =
        QStringLiteral("局委办府会院部厅处室心司团行关段队社联所站区县镇门位台油化组庭署");
    QString core = n;
    if (core.endsWith(u'）') || core.endsWith(u')')) // 各县区人民政府（管委会）
        core = core.left(int(core.lastIndexOf(core.endsWith(u'）') ? u'（' : u'(')));
    core = stripEdges(core);
    if (core.endsWith(u'等'))
        core.chop(1);
    return !core.isEmpty() && lastChars.contains(core.back());
}

std::optional<ClauseUnits> ClauseParser::parseCell(const QString& units, const QString& coUnits, bool allLead)
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
        addRoles(out, r->role);
        if (allLead && !v.contains(QStringLiteral("牵头"))) {
            out.leads += out.co;
            out.co.clear();
            for (const QString& u : std::as_const(out.leads))
                out.roleOf.insert(u, QStringLiteral("lead"));
        }
    }
    const QStringList co = splitUnits(coUnits);
    appendUnique(out.co, co);
    addRoles(out, co, QStringLiteral("co"));
    return finish(std::move(out));
}

std::optional<ClauseUnits> ClauseParser::parse(const QString& raw)
{
    QString content = compactText(raw);
    if (content.isEmpty() || content.size() > 600)
        return std::nullopt;
    ClauseUnits out;
    out.leadsBeforeComma = takeLeadRule(content);
    out.inherited = takeNote(content);
    out.firstGroup = firstGroupOf(content);

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
            if (label.endsWith(QStringLiteral("领导")) || label.endsWith(QStringLiteral("人")) ||
                label.endsWith(QStringLiteral("范围")))
                continue; // people and scopes, not units
            const QString role = roleOfLabel(label);
            if (label.startsWith(QStringLiteral("完成")) || label.startsWith(QStringLiteral("时"))) {
                out.deadlineText = stripEdges(value);
            } else if (role == QStringLiteral("lead")) {
                const QStringList us = splitUnits(value);
                appendUnique(leads, us);
                addRoles(out, us, role);
            } else if (role != QStringLiteral("responsible")) {
                const QStringList us = splitUnits(value);
                appendUnique(co, us);
                addRoles(out, us, role);
            } else if (value.contains(QStringLiteral("牵头")) &&
                       !value.contains(QStringLiteral("（牵头）"))) {
                if (auto r = rolesOf(value, false)) {
                    appendUnique(leads, r->leads);
                    appendUnique(co, r->co);
                    addRoles(out, r->role);
                }
            } else {
                const QStringList us = splitUnits(value);
                appendUnique(plain, us);
                addRoles(out, us, role);
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
        addRoles(out, r->role);
    }
    auto done = finish(std::move(out));
    if (done && done->leadsBeforeComma)
        leadWithFirstGroup(*done);
    return done;
}

void ClauseParser::leadWithFirstGroup(ClauseUnits& c)
{
    QStringList leads;
    for (const QString& u : std::as_const(c.firstGroup)) {
        if (c.units.contains(u))
            leads.append(u);
    }
    if (leads.isEmpty())
        return;
    QStringList co;
    for (const QString& u : std::as_const(c.units)) {
        if (!leads.contains(u))
            co.append(u);
    }
    c.leads = leads;
    c.co = co;
    c.units = leads + co;
    c.roles.clear();
    for (const QString& u : std::as_const(c.units))
        c.roles.append(leads.contains(u) ? QStringLiteral("lead") : QStringLiteral("co"));
}

} // namespace duban
