#pragma once

#include "domain/qc/WestgardRule.h"

#include <QDialog>
#include <QMap>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace sgl::app {

class QcServices;

/**
 * « Règles de Westgard » of one analysis: pick an analysis having QC lots, tick the rules that
 * apply (each with what it detects, in French, and whether it rejects the run — holding the
 * patient results — or only warns), save through workflow::qc::QcLotAdmin::setRules. The rules
 * shown are read back from workflow::qc::QcQueries::rules (every rule when the laboratory kept
 * the default). Editing needs the session's ResultTechnicalValidate permission and a screen not
 * in consultation; otherwise the dialog only shows the rules (save() still asks the use case,
 * which refuses). Unticking every rule means « back to the default » (every rule), as the use
 * case defines it; the dialog says so before saving. About 720×520: fits 1366×768.
 */
class QcRulesDialog : public QDialog {
    Q_OBJECT
public:
    QcRulesDialog(QcServices &services, QStringList analysisCodes, bool readOnly, QWidget *parent = nullptr);

    /** Shows the rules of `code` (one of the analyses given); false when unknown or refused. */
    bool selectAnalysis(const QString &code);
    [[nodiscard]] QString analysis() const;
    [[nodiscard]] QStringList analyses() const { return m_codes; }

    [[nodiscard]] QCheckBox *ruleBox(domain::qc::WestgardRule rule) const { return m_boxes.value(rule); }
    void setRuleChecked(domain::qc::WestgardRule rule, bool checked);
    [[nodiscard]] QList<domain::qc::WestgardRule> checkedRules() const;
    /** Ticks every rule (the default configuration); saved only by save(). */
    void restoreDefaults();
    /** Saves the ticked rules of the analysis shown; false with the refusal shown. */
    bool save();

    [[nodiscard]] bool canEdit() const { return m_canEdit; }
    /** Unsaved changes of the analysis shown. */
    [[nodiscard]] bool isModified() const;
    /** The line under the rules: what is in force, the last save, or the refusal. */
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool messageIsError() const { return m_error; }

    /** What the rule detects and does, for the dialog and the user guide (French). */
    [[nodiscard]] static QString explanation(domain::qc::WestgardRule rule);

private:
    void showMessage(const QString &text, bool error);
    void updateState();

    QcServices &m_services;
    QStringList m_codes;
    bool m_canEdit = false;
    bool m_error = false;
    QList<domain::qc::WestgardRule> m_loaded;
    QComboBox *m_analysis = nullptr;
    QMap<domain::qc::WestgardRule, QCheckBox *> m_boxes;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_defaults = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace sgl::app
