#pragma once

#include "domain/qc/QcLot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sgl::app {

class QcServices;

/**
 * Lot editor: the control (an existing material, or a new one typed here: code, label, level),
 * lot number, analyzer (profile name), analysis code, unit, target (manufacturer mean and SD, or
 * computed from the first N runs), expiry, active. submit() saves through
 * workflow::qc::QcLotAdmin; a refusal (SD 0, N < 2, analysis retired...) names the field, which
 * gets the focus, and nothing is saved.
 */
class QcLotDialog : public QDialog {
    Q_OBJECT
public:
    QcLotDialog(QcServices &services, QList<domain::qc::QcMaterial> materials,
                std::optional<domain::qc::QcLot> lot = std::nullopt, QWidget *parent = nullptr);

    /** Widgets by field, for tests: "lotNumber", "analyzer", "analysisCode", "mean", "sd", "initialRuns"... */
    QLineEdit *lineEdit(const QString &field) const;
    void setComputed(bool computed);
    void setInitialRuns(int runs);
    void setNewMaterial(const QString &code, const QString &label, const QString &level);
    bool submit();

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] const std::optional<domain::qc::QcLot> &saved() const { return m_saved; }

private:
    QcServices &m_services;
    QList<domain::qc::QcMaterial> m_materials;
    domain::qc::QcLot m_lot;
    QComboBox *m_material = nullptr;
    QLineEdit *m_materialCode = nullptr;
    QLineEdit *m_materialLabel = nullptr;
    QLineEdit *m_materialLevel = nullptr;
    QLineEdit *m_lotNumber = nullptr;
    QLineEdit *m_analyzer = nullptr;
    QLineEdit *m_analysis = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_source = nullptr;
    QLineEdit *m_mean = nullptr;
    QLineEdit *m_sd = nullptr;
    QSpinBox *m_runs = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiry = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_error = nullptr;
    std::optional<domain::qc::QcLot> m_saved;
};

} // namespace sgl::app
