#include "app/qc/QcLotDialog.h"

#include "app/qc/QcServices.h"
#include "domain/qc/Westgard.h"
#include "workflow/qc/QcLotAdmin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sgl::app {

using domain::qc::QcTargetSource;

namespace {

std::optional<double> number(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

QString shown(const std::optional<double> &v)
{
    return v ? domain::qc::formatQcNumber(*v) : QString();
}

} // namespace

QcLotDialog::QcLotDialog(QcServices &services, QList<domain::qc::QcMaterial> materials,
                         std::optional<domain::qc::QcLot> lot, QWidget *parent)
    : QDialog(parent), m_services(services), m_materials(std::move(materials)), m_lot(lot.value_or(domain::qc::QcLot{}))
{
    setObjectName(QStringLiteral("qcLotDialog"));
    setWindowTitle(lot ? tr("Modifier le lot %1").arg(lot->lotNumber) : tr("Nouveau lot de contrôle"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_material = new QComboBox(this);
    m_material->addItem(tr("Nouveau contrôle…"), qint64(0));
    for (const auto &m : m_materials)
        m_material->addItem(tr("%1 — %2").arg(m.code, m.label), m.id);
    form->addRow(tr("Contrôle :"), m_material);
    const auto line = [this, form](const QString &name, const QString &label, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        form->addRow(label, edit);
        return edit;
    };
    m_materialCode = line(QStringLiteral("code"), tr("Code du nouveau contrôle :"), {});
    m_materialLabel = line(QStringLiteral("label"), tr("Libellé :"), {});
    m_materialLevel = line(QStringLiteral("level"), tr("Niveau :"), {});
    m_lotNumber = line(QStringLiteral("lotNumber"), tr("Numéro de lot :"), m_lot.lotNumber);
    m_analyzer = line(QStringLiteral("analyzer"), tr("Automate (profil) :"), m_lot.analyzer);
    m_analysis = line(QStringLiteral("analysisCode"), tr("Analyse (code) :"), m_lot.analysisCode);
    m_unit = line(QStringLiteral("unit"), tr("Unité :"), m_lot.unit);
    m_source = new QComboBox(this);
    m_source->addItem(tr("Valeurs du fabricant"), int(QcTargetSource::Manufacturer));
    m_source->addItem(tr("Calculée sur les premiers passages"), int(QcTargetSource::Computed));
    m_source->setCurrentIndex(m_lot.source == QcTargetSource::Computed ? 1 : 0);
    form->addRow(tr("Cible :"), m_source);
    m_mean = line(QStringLiteral("mean"), tr("Moyenne :"), shown(m_lot.mean));
    m_sd = line(QStringLiteral("sd"), tr("Écart-type :"), shown(m_lot.sd));
    m_runs = new QSpinBox(this);
    m_runs->setObjectName(QStringLiteral("initialRuns"));
    m_runs->setRange(0, 200);
    m_runs->setValue(m_lot.initialRuns);
    form->addRow(tr("Passages pour établir la cible :"), m_runs);
    m_expires = new QCheckBox(tr("Péremption le"), this);
    m_expiry = new QDateEdit(m_lot.expiresOn.value_or(QDate::currentDate().addMonths(6)), this);
    m_expiry->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_expires->setChecked(m_lot.expiresOn.has_value());
    form->addRow(m_expires, m_expiry);
    m_active = new QCheckBox(tr("Lot actif"), this);
    m_active->setChecked(m_lot.active);
    form->addRow(QString(), m_active);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lotError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const auto sync = [this] {
        const bool fresh = m_material->currentData().toLongLong() == 0;
        for (QLineEdit *e : {m_materialCode, m_materialLabel, m_materialLevel})
            e->setEnabled(fresh);
        const bool computed = m_source->currentIndex() == 1;
        m_runs->setEnabled(computed);
    };
    connect(m_material, &QComboBox::currentIndexChanged, this, sync);
    connect(m_source, &QComboBox::currentIndexChanged, this, sync);
    if (m_lot.materialId != 0)
        m_material->setCurrentIndex(std::max(0, m_material->findData(m_lot.materialId)));
    sync();
}

QLineEdit *QcLotDialog::lineEdit(const QString &field) const
{
    return findChild<QLineEdit *>(field);
}

void QcLotDialog::setComputed(bool computed)
{
    m_source->setCurrentIndex(computed ? 1 : 0);
}

void QcLotDialog::setInitialRuns(int runs)
{
    m_runs->setValue(runs);
}

void QcLotDialog::setNewMaterial(const QString &code, const QString &label, const QString &level)
{
    m_material->setCurrentIndex(0);
    m_materialCode->setText(code);
    m_materialLabel->setText(label);
    m_materialLevel->setText(level);
}

bool QcLotDialog::submit()
{
    m_error->clear();
    domain::qc::QcLot lot = m_lot;
    lot.lotNumber = m_lotNumber->text().trimmed();
    lot.analyzer = m_analyzer->text().trimmed();
    lot.analysisCode = m_analysis->text().trimmed().toUpper();
    lot.unit = m_unit->text().trimmed();
    lot.source = m_source->currentIndex() == 1 ? QcTargetSource::Computed : QcTargetSource::Manufacturer;
    lot.mean = number(m_mean);
    lot.sd = number(m_sd);
    lot.initialRuns = m_runs->value();
    lot.expiresOn = m_expires->isChecked() ? std::optional(m_expiry->date()) : std::nullopt;
    lot.active = m_active->isChecked();
    const auto show = [this](const domain::Error &e) {
        m_error->setText(e.message);
        if (QWidget *w = findChild<QWidget *>(e.location))
            w->setFocus();
        return false;
    };
    // The lot is checked before a new control is created, so a refused lot leaves nothing behind.
    lot.materialId = m_material->currentData().toLongLong();
    domain::qc::QcMaterial m;
    m.code = m_materialCode->text().trimmed();
    m.label = m_materialLabel->text().trimmed();
    m.level = m_materialLevel->text().trimmed();
    if (lot.materialId == 0)
        if (auto s = domain::qc::QcLotValidator::validate(m); !s)
            return show(s.error());
    domain::qc::QcLot probe = lot;
    if (probe.materialId == 0)
        probe.materialId = 1; // the new control is created only once the lot passes its checks
    if (auto s = domain::qc::QcLotValidator::validate(probe); !s)
        return show(s.error());
    if (lot.materialId == 0) {
        auto saved = m_services.lots().saveMaterial(m);
        if (!saved)
            return show(saved.error());
        lot.materialId = saved->id;
        m_materials << *saved;
        m_material->addItem(tr("%1 — %2").arg(saved->code, saved->label), saved->id);
        m_material->setCurrentIndex(m_material->count() - 1);
    }
    auto saved = m_services.lots().saveLot(lot);
    if (!saved)
        return show(saved.error());
    m_saved = *saved;
    accept();
    return true;
}

QString QcLotDialog::errorText() const
{
    return m_error->text();
}

} // namespace sgl::app
