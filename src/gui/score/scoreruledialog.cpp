#include "gui/score/scoreruledialog.h"

#include "palette/warningpalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace duban {

namespace {

const char* const kRuleKey = "score/rule";

QDoubleSpinBox* spin(QWidget* parent, const char* name, double max, double step, const QString& suffix)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(0, max);
    s->setDecimals(2);
    s->setSingleStep(step);
    s->setSuffix(suffix);
    return s;
}

} // namespace

ScoreRuleDialog::ScoreRuleDialog(const ScoreRule& rule, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("scoreRuleDialog"));
    setWindowTitle(tr("评分规则"));
    auto* form = new QFormLayout;
    const QString points = tr(" 分");
    m_onTime = spin(this, "ruleOnTimeWeight", 1000, 5, points);
    m_sign = spin(this, "ruleSignWeight", 1000, 5, points);
    m_report = spin(this, "ruleReportWeight", 1000, 5, points);
    m_overdueTask = spin(this, "ruleOverdueTask", 100, 0.5, points);
    m_overdueDay = spin(this, "ruleOverdueDay", 100, 0.1, points);
    const char* chaseNames[kChaseLevels] = {"ruleChase1", "ruleChase2", "ruleChase3"};
    for (int l = 0; l < kChaseLevels; ++l)
        m_chase[l] = spin(this, chaseNames[l], 100, 0.5, points);
    m_signDays = new QSpinBox(this);
    m_signDays->setObjectName(QStringLiteral("ruleSignDays"));
    m_signDays->setRange(0, 60);
    m_signDays->setSuffix(tr(" 个工作日"));
    m_coUnits = new QCheckBox(tr("配合单位也计入（默认只计牵头单位）"), this);
    m_coUnits->setObjectName(QStringLiteral("ruleCoUnits"));
    form->addRow(tr("按时完成率（满分）："), m_onTime);
    form->addRow(tr("签收及时率（满分）："), m_sign);
    form->addRow(tr("进展报送率（满分）："), m_report);
    form->addRow(tr("每项逾期任务扣："), m_overdueTask);
    form->addRow(tr("每逾期一天扣："), m_overdueDay);
    for (int l = 0; l < kChaseLevels; ++l)
        form->addRow(tr("每次%1扣：").arg(WarningPalette::current().chaseName(l + 1)), m_chase[l]);
    form->addRow(tr("签收时限："), m_signDays);
    form->addRow(QString(), m_coUnits);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("ruleButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setRule(ScoreRule{}); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setRule(rule);
}

void ScoreRuleDialog::setRule(const ScoreRule& r)
{
    m_onTime->setValue(r.onTimeWeight);
    m_sign->setValue(r.signWeight);
    m_report->setValue(r.reportWeight);
    m_overdueTask->setValue(r.overdueTaskDeduction);
    m_overdueDay->setValue(r.overdueDayDeduction);
    for (int l = 0; l < kChaseLevels; ++l)
        m_chase[l]->setValue(r.chaseDeduction[size_t(l)]);
    m_signDays->setValue(r.signWorkingDays);
    m_coUnits->setChecked(r.includeCoUnits);
}

ScoreRule ScoreRuleDialog::rule() const
{
    ScoreRule r;
    r.onTimeWeight = m_onTime->value();
    r.signWeight = m_sign->value();
    r.reportWeight = m_report->value();
    r.overdueTaskDeduction = m_overdueTask->value();
    r.overdueDayDeduction = m_overdueDay->value();
    for (int l = 0; l < kChaseLevels; ++l)
        r.chaseDeduction[size_t(l)] = m_chase[l]->value();
    r.signWorkingDays = m_signDays->value();
    r.includeCoUnits = m_coUnits->isChecked();
    return r;
}

ScoreRule ScoreRuleDialog::saved()
{
    const QByteArray json = QSettings().value(QString::fromLatin1(kRuleKey)).toByteArray();
    if (json.isEmpty()) {
        // No rule of the office's yet: 签收 on time by the window the task views flag late by.
        ScoreRule r;
        r.signWorkingDays = WarningPalette::current().signWorkingDays;
        return r;
    }
    return ScoreRule::fromJson(QJsonDocument::fromJson(json).object());
}

void ScoreRuleDialog::save(const ScoreRule& r)
{
    QSettings().setValue(QString::fromLatin1(kRuleKey),
                         QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace duban
