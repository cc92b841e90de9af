#include "gui/overdue/warningsettingsdialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace duban {

namespace {

QIcon swatch(const QColor& c, int size)
{
    QPixmap pm(size * 2, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(QColor(0, 0, 0, 90));
    p.setBrush(c);
    p.drawRoundedRect(QRectF(0.5, 0.5, pm.width() - 1, pm.height() - 1), 3, 3);
    return QIcon(pm);
}

} // namespace

WarningSettingsDialog::WarningSettingsDialog(const WarningPalette& palette, QWidget* parent)
    : QDialog(parent), m_palette(palette)
{
    setObjectName(QStringLiteral("warningSettingsDialog"));
    setWindowTitle(tr("预警设置"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("warningPreset"));
    for (const WarningPalette::Preset& p : WarningPalette::presets())
        m_preset->addItem(p.label, p.key);
    m_preset->addItem(tr("自定义"), QString());
    form->addRow(tr("方案(&P)："), m_preset);

    m_soonDays = new QSpinBox(this);
    m_soonDays->setObjectName(QStringLiteral("warningSoonDays"));
    m_soonDays->setRange(0, 365);
    m_soonDays->setSuffix(tr(" 天"));
    m_soonDays->setToolTip(tr("距完成时限不超过这么多天（含当天）的任务算作临期"));
    form->addRow(tr("临期天数(&D)："), m_soonDays);

    m_tolerance = new QSpinBox(this);
    m_tolerance->setObjectName(QStringLiteral("warningPaceTolerance"));
    m_tolerance->setRange(0, 50);
    m_tolerance->setSuffix(tr(" 个百分点"));
    m_tolerance->setToolTip(tr("完成百分比低于序时进度超过这么多，算作欠进度；高出这么多，算作超进度"));
    form->addRow(tr("序时进度容差(&T)："), m_tolerance);

    const QString labels[SlotCount] = {tr("逾期"), tr("临期"), tr("正常"), tr("欠进度"), tr("已办结")};
    const char* names[SlotCount] = {"overdue", "dueSoon", "onTrack", "behindPace", "done"};
    for (int s = 0; s < SlotCount; ++s) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("warningColor_") + QLatin1String(names[s]));
        b->setToolTip(tr("选择“%1”的颜色").arg(labels[s]));
        connect(b, &QPushButton::clicked, this, [this, s] { pickColor(Slot(s)); });
        m_buttons[s] = b;
        form->addRow(tr("%1颜色：").arg(labels[s]), b);
    }

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("warningPreview"));
    m_preview->setTextFormat(Qt::RichText);
    form->addRow(tr("预览："), m_preview);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("确定"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("恢复默认"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPalette(WarningPalette::defaults()); });
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::activated, this, [this](int i) {
        const QString key = m_preset->itemData(i).toString();
        if (!key.isEmpty())
            applyPreset(key);
    });
    connect(m_soonDays, &QSpinBox::valueChanged, this, [this](int v) {
        m_palette.rules.dueSoonDays = v;
        showPalette();
    });
    connect(m_tolerance, &QSpinBox::valueChanged, this, [this](int v) {
        m_palette.rules.paceTolerance = v;
        showPalette();
    });
    showPalette();
}

void WarningSettingsDialog::setPalette(const WarningPalette& p)
{
    m_palette = p;
    showPalette();
}

void WarningSettingsDialog::applyPreset(const QString& key)
{
    for (const WarningPalette::Preset& p : WarningPalette::presets())
        if (p.key == key)
            setPalette(p.palette);
}

QColor& WarningSettingsDialog::color(Slot s)
{
    switch (s) {
    case Overdue:
        return m_palette.overdue;
    case DueSoon:
        return m_palette.dueSoon;
    case OnTrack:
        return m_palette.onTrack;
    case BehindPace:
        return m_palette.behindPace;
    case Done:
    case SlotCount:
        break;
    }
    return m_palette.done;
}

void WarningSettingsDialog::pickColor(Slot s)
{
    const QColor c = QColorDialog::getColor(color(s), this, m_buttons[s]->toolTip());
    if (!c.isValid())
        return;
    color(s) = c;
    showPalette();
}

void WarningSettingsDialog::showPalette()
{
    {
        const QSignalBlocker b1(m_soonDays), b2(m_tolerance);
        m_soonDays->setValue(m_palette.rules.dueSoonDays);
        m_tolerance->setValue(m_palette.rules.paceTolerance);
    }
    const int h = fontMetrics().height();
    for (int s = 0; s < SlotCount; ++s) {
        m_buttons[s]->setIcon(swatch(color(Slot(s)), h));
        m_buttons[s]->setIconSize(QSize(2 * h, h));
        m_buttons[s]->setText(color(Slot(s)).name());
    }
    const int i = m_preset->findData(m_palette.presetKey());
    m_preset->setCurrentIndex(i >= 0 ? i : m_preset->count() - 1);
    auto chip = [this](DueState st, const QString& text) {
        return QStringLiteral("<span style=\"background:%1;color:%2\">&nbsp;%3&nbsp;</span>")
            .arg(m_palette.tint(st).name(), m_palette.strong(st).darker(130).name(), text.toHtmlEscaped());
    };
    m_preview->setText(chip(DueState::Overdue, tr("逾期 12 天")) + QStringLiteral("&nbsp;") +
                       chip(DueState::DueSoon, tr("剩 %1 天").arg(m_palette.rules.dueSoonDays)) +
                       QStringLiteral("&nbsp;") + chip(DueState::OnTrack, tr("正常")) +
                       QStringLiteral("&nbsp;") +
                       QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(m_palette.behindPace.darker(130).name(), tr("欠进度").toHtmlEscaped()));
}

} // namespace duban
