#include "gui/kanbandelegate.h"

#include "core/duestate.h"
#include "gui/kanbanmodel.h"

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

void KanbanDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QRectF r = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    QPainterPath card;
    card.addRoundedRect(r, kRadius, kRadius);
    const QColor tint = index.data(KanbanModel::TintRole).value<QColor>();
    p->fillPath(card, tint.isValid() ? tint : pal.color(QPalette::Base));
    // The stripe: the card's left edge, clipped to its rounded outline.
    p->setClipPath(card);
    p->fillRect(QRectF(r.left(), r.top(), kStripeWidth, r.height()), stripeColor(index, pal));
    // Progress: a thin bar along the bottom edge of unfinished cards that report some.
    const int percent = index.data(KanbanModel::PercentRole).toInt();
    if (percent > 0 && index.data(KanbanModel::StatusRole).toInt() != int(Status::Done)) {
        const qreal w = (r.width() - kStripeWidth) * std::min(percent, 100) / 100.0;
        QColor bar = pal.color(QPalette::Highlight);
        bar.setAlpha(170);
        p->fillRect(QRectF(r.left() + kStripeWidth, r.bottom() - 3, w, 3), bar);
    }
    p->setClipping(false);
    QPen border(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2.0 : 1.0);
    p->setPen(border);
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
    const QColor ink = pal.color(QPalette::Text);
    QColor secondary = ink; // the unit and date: quieter than the title, darker than placeholder grey
    secondary.setAlpha(175);

    // Title: first line as it wraps, the rest elided onto the second.
    const QString title = index.data(Qt::DisplayRole).toString();
    QTextLayout layout(title, option.font);
    QTextOption to;
    to.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(to);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    int end = title.size();
    if (first.isValid()) {
        first.setLineWidth(text.width());
        end = first.textStart() + first.textLength();
    }
    layout.endLayout();
    p->setPen(ink);
    p->setFont(option.font);
    const QRect line1(text.left(), text.top(), text.width(), ls);
    p->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, title.left(end).trimmed());
    if (end < title.size())
        p->drawText(line1.translated(0, ls), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(title.mid(end).trimmed(), Qt::ElideRight, text.width()));

    // Lead unit on the left, the deadline (or days overdue, in the overdue colour) on the right.
    const QRect info(text.left(), text.bottom() - ls + 1, text.width(), ls);
    const QString due = index.data(KanbanModel::DueTextRole).toString();
    const bool overdue = index.data(KanbanModel::DueStateRole).toInt() == int(DueState::Overdue);
    QFont dueFont = option.font;
    dueFont.setBold(overdue);
    const int dueWidth = QFontMetrics(dueFont).horizontalAdvance(due);
    p->setFont(dueFont);
    p->setPen(overdue ? stripeColor(index, pal) : secondary);
    p->drawText(info, Qt::AlignRight | Qt::AlignVCenter, due);
    p->setFont(option.font);
    p->setPen(secondary);
    const QString lead = index.data(KanbanModel::LeadUnitRole).toString();
    p->drawText(info.adjusted(0, 0, -(dueWidth + kPadX), 0), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(lead, Qt::ElideRight, info.width() - dueWidth - kPadX));
    p->restore();
}

} // namespace duban
