#include "gui/overdue/warningsettingsdialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

    auto spin = [this, form](const char* name, int max, const QString& suffix, const QString& tip,
                             const QString& label) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, max);
        box->setSuffix(suffix);
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    m_soonDays = spin("warningSoonDays", 365, tr(" 天"),
                      tr("距完成时限不超过这么多天（含当天）的任务算作临期"), tr("临期天数(&D)："));
    m_tolerance = spin("warningPaceTolerance", 50, tr(" 个百分点"),
                       tr("完成百分比低于序时进度超过这么多，算作欠进度；高出这么多，算作超进度"),
                       tr("序时进度容差(&T)："));
    m_signDays = spin("warningSignDays", 60, tr(" 个工作日"),
                      tr("交办后超过这么多个工作日（周一至周五）仍未签收，任务列表标为签收超时"),
                      tr("签收时限(&S)："));

    const QString labels[SlotCount] = {tr("逾期"),   tr("临期"),     tr("正常"),     tr("欠进度"),
                                       tr("已办结"), tr("催办一级"), tr("催办二级"), tr("催办三级")};
    const char* names[SlotCount] = {"overdue", "dueSoon", "onTrack", "behindPace",
                                    "done",    "chase1",  "chase2",  "chase3"};
    for (int s = 0; s < SlotCount; ++s) {
        auto* b = new QPushButton(this);
        b->setObjectName(QStringLiteral("warningColor_") + QLatin1String(names[s]));
        b->setToolTip(tr("选择“%1”的颜色").arg(labels[s]));
        connect(b, &QPushButton::clicked, this, [this, s] { pickColor(Slot(s)); });
        m_buttons[s] = b;
        if (s < Chase1) {
            form->addRow(tr("%1颜色：").arg(labels[s]), b);
            continue;
        }
        // A 催办 level: its name beside its colour, one row each.
        const int level = s - Chase1 + 1;
        auto* name = new QLineEdit(this);
        name->setObjectName(QStringLiteral("chaseName%1").arg(level));
        name->setPlaceholderText(chaseLevelLabel(level));
        name->setToolTip(tr("留空即用默认名称“%1”").arg(chaseLevelLabel(level)));
        connect(name, &QLineEdit::textEdited, this, [this, level](const QString& t) {
            m_palette.chaseNames[level - 1] = t.trimmed();
            showPalette();
        });
        m_chaseNames[level - 1] = name;
        auto* row = new QHBoxLayout;
        row->addWidget(name, 1);
        row->addWidget(b);
        form->addRow(tr("%1：").arg(labels[s]), row);
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
    connect(m_signDays, &QSpinBox::valueChanged, this, [this](int v) { m_palette.signWorkingDays = v; });
    showPalette();
}

void WarningSettingsDialog::setPalette(const WarningPalette& p)
{
    m_palette = p;
    showPalette();
}

void WarningSettingsDialog::applyPreset(const QString& key)
{
    for (WarningPalette::Preset& p : WarningPalette::presets())
        if (p.key == key) {
            p.palette.keepChaseAndSign(m_palette);
            setPalette(p.palette);
        }
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
    case Chase1:
    case Chase2:
    case Chase3:
        return m_palette.chaseColors[s - Chase1];
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

QString WarningSettingsDialog::chaseChips() const
{
    QString h = QStringLiteral("<br/>");
    for (int level = 1; level <= kChaseLevels; ++level)
        h += QStringLiteral("<span style=\"background:%1;color:%2\">&nbsp;%3&nbsp;</span>&nbsp;")
                 .arg(m_palette.chaseTint(level).name(), m_palette.chaseColor(level).darker(150).name(),
                      m_palette.chaseName(level).toHtmlEscaped());
    return h;
}

void WarningSettingsDialog::showPalette()
{
    {
        const QSignalBlocker b1(m_soonDays), b2(m_tolerance), b3(m_signDays);
        m_soonDays->setValue(m_palette.rules.dueSoonDays);
        m_tolerance->setValue(m_palette.rules.paceTolerance);
        m_signDays->setValue(m_palette.signWorkingDays);
        for (int l = 0; l < kChaseLevels; ++l)
            if (m_chaseNames[l]->text().trimmed() != m_palette.chaseNames[l])
                m_chaseNames[l]->setText(m_palette.chaseNames[l]);
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
                           .arg(m_palette.behindPace.darker(130).name(), tr("欠进度").toHtmlEscaped()) +
                       chaseChips());
}

} // namespace duban
