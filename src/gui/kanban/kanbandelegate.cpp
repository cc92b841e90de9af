#include "gui/kanban/kanbandelegate.h"

#include "core/duestate.h"
#include "gui/kanban/kanbanmodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>

namespace duban {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 6;
constexpr int kRadius = 4;
} // namespace

int KanbanDelegate::cardHeight(const QFontMetrics& fm)
{
    return 3 * fm.lineSpacing() + 2 * kPadY + 8; // a little air between the title and the unit line
}

QColor KanbanDelegate::stripeColor(const QModelIndex& index, const QPalette& palette)
{
    const QColor c = index.data(KanbanModel::StripeColorRole).value<QColor>();
    return c.isValid() ? c : palette.color(QPalette::Mid); // no deadline / suspended: neutral
}

QSize KanbanDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {option.fontMetrics.horizontalAdvance(QStringLiteral("中")) * 16, cardHeight(option.fontMetrics)};
}

const KanbanDelegate::Lines& KanbanDelegate::linesFor(const QModelIndex& index,
                                                      const QStyleOptionViewItem& option, int width) const
{
    const qint64 id = index.data(KanbanModel::IdRole).toLongLong();
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString lead = index.data(KanbanModel::LeadUnitRole).toString();
    const QString due = index.data(KanbanModel::DueTextRole).toString();
    const bool overdue = index.data(KanbanModel::DueStateRole).toInt() == int(DueState::Overdue);
    auto it = m_lines.find(id);
    if (it != m_lines.end() && it->width == width && it->overdue == overdue && it->title == title &&
        it->lead == lead && it->due == due)
        return *it;
    if (m_lines.size() > 4096) // a few screens' worth; the board paints only what is visible
        m_lines.clear();
    Lines l{title, lead, due, width, overdue, {}, {}, {}, 0};
    // Title: the first line as it wraps, the rest elided onto the second.
    QTextLayout layout(title, option.font);
    QTextOption to;
    to.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(to);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    int end = int(title.size());
    if (first.isValid()) {
        first.setLineWidth(width);
        end = first.textStart() + first.textLength();
    }
    layout.endLayout();
    const QFontMetrics& fm = option.fontMetrics;
    l.line1 = title.left(end).trimmed();
    if (end < title.size())
        l.line2 = fm.elidedText(title.mid(end).trimmed(), Qt::ElideRight, width);
    QFont dueFont = option.font;
    dueFont.setBold(overdue);
    l.dueWidth = QFontMetrics(dueFont).horizontalAdvance(due);
    l.lead = lead;
    l.leadElided = fm.elidedText(lead, Qt::ElideRight, width - l.dueWidth - kPadX);
    return *m_lines.insert(id, l);
}

void KanbanDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRectF r = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // The card in its tint with the due-state stripe down the left edge. No clipping (slow for
    // rounded paths): the stripe is the whole card's shape, the tint is painted over all but its edge.
    QPainterPath card;
    card.addRoundedRect(r, kRadius, kRadius);
    QColor tint = index.data(KanbanModel::TintRole).value<QColor>();
    if (!tint.isValid())
        tint = pal.color(QPalette::Base);
    p->fillPath(card, stripeColor(index, pal));
    const QRectF body = r.adjusted(kStripeWidth, 0, 0, 0);
    QPainterPath bodyPath;
    bodyPath.addRoundedRect(body, kRadius, kRadius);
    p->fillPath(bodyPath, tint);
    p->fillRect(QRectF(body.left(), body.top() + 0.5, kRadius, body.height() - 1), tint); // square joint
    // Progress: a thin bar along the bottom edge of unfinished cards that report some.
    const int percent = index.data(KanbanModel::PercentRole).toInt();
    if (percent > 0 && index.data(KanbanModel::StatusRole).toInt() != int(Status::Done)) {
        const qreal w = (body.width() - kRadius) * std::min(percent, 100) / 100.0;
        QColor bar = pal.color(QPalette::Highlight);
        bar.setAlpha(170);
        p->fillRect(QRectF(body.left(), r.bottom() - 3.5, w, 3), bar);
    }
    QPen border(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2.0 : 1.0);
    p->setPen(border);
    p->setBrush(Qt::NoBrush);
    p->drawPath(card);
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(pal.color(QPalette::Highlight), 1.0, Qt::DotLine);
        p->setPen(focus);
        p->drawRoundedRect(r.adjusted(3, 3, -3, -3), kRadius, kRadius);
    }
    p->setRenderHint(QPainter::Antialiasing, false);

    const QFontMetrics& fm = option.fontMetrics;
    const int ls = fm.lineSpacing();
    const QRect text = option.rect.adjusted(kStripeWidth + kPadX, kPadY, -kPadX, -kPadY);
    const Lines& l = linesFor(index, option, text.width());
    const QColor ink = pal.color(QPalette::Text);
    QColor secondary = ink; // the unit and date: quieter than the title, darker than placeholder grey
    secondary.setAlpha(175);
    // Baselines of lines of height ls, text centred in each (as AlignVCenter would).
    const int base = (ls - fm.height()) / 2 + fm.ascent();
    p->setFont(option.font);
    p->setPen(ink);
    p->drawText(QPoint(text.left(), text.top() + base), l.line1);
    if (!l.line2.isEmpty())
        p->drawText(QPoint(text.left(), text.top() + ls + base), l.line2);

    // Lead unit on the left, the deadline (or days overdue, in the overdue colour) on the right.
    const int infoBase = text.bottom() + 1 - ls + base;
    p->setPen(secondary);
    p->drawText(QPoint(text.left(), infoBase), l.leadElided);
    if (l.overdue) {
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
    }
    p->setPen(l.overdue ? stripeColor(index, pal) : secondary);
    p->drawText(QPoint(text.right() + 1 - l.dueWidth, infoBase), l.due);
    p->restore();
}

} // namespace duban
