#include "gui/appicon.h"

#include <QPainter>
#include <QPixmap>

namespace duban {

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xb9, 0x1c, 0x1c));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18);
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPixelSize(int(size * 0.72));
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QStringLiteral("督"));
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace duban
