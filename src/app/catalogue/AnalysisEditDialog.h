#pragma once

#include "domain/catalogue/Analysis.h"
#include "domain/catalogue/Catalogue.h"
#include "domain/security/UserSession.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class QTimer;

namespace sgl::workflow {
class CatalogueAdmin;
}

namespace Ui {
class AnalysisEditDialog;
}

namespace sgl::app {

/**
 * Creates or edits one analysis through CatalogueAdmin::saveAnalysis, with a mandatory reason:
 * label, LOINC, UCUM unit and displayed unit, specimen, method, decimals, second unit with its
 * conversion factor and LOINC, formula (calculated analysis), value list of a coded result
 * (code, label, abnormal), analyzer test codes, the bench performing it (from the catalogue's
 * benches), its container (built-in tube types, shown with their cap colour) and the clinical
 * questions it requires (checkable list of the built-in questions, kept in the order stored,
 * new ones after), and the delta-check rule (absolute threshold, relative threshold in %, window
 * in days; all empty: no delta check). At creation the local code, the result type
 * (numeric, coded, text) and the exam the analysis is appended to are chosen too; afterwards
 * they are fixed (results keep their meaning across versions).
 *
 * While typing, the edited analysis is checked with CatalogueAdmin::check (debounced): LOINC
 * check digit, UCUM grammar and ANS list, value list, formula... are listed under the tabs
 * before saving. Refused saves keep the dialog open with every problem naming the field.
 */
class AnalysisEditDialog : public QDialog {
    Q_OBJECT
public:
    /** `analysis` empty: creation. The current catalogue is loaded for the checks and exams. */
    AnalysisEditDialog(workflow::CatalogueAdmin &admin, domain::UserSession session,
                       std::optional<domain::Analysis> analysis, QWidget *parent = nullptr);
    ~AnalysisEditDialog() override;

    [[nodiscard]] bool isCreation() const { return !m_original.has_value(); }
    [[nodiscard]] QString errorText() const;
    /** What the live check currently shows (errors then warnings), empty when all is fine. */
    [[nodiscard]] QString checkText() const;
    [[nodiscard]] QString savedCode() const { return m_savedCode; }
    /** Runs the live check now (normally after a pause in typing). */
    void runCheck();
    void setResultType(domain::ResultType type);
    /** Creation: selects the exam to append the analysis to (empty: none); false when unknown. */
    bool setExamCode(const QString &code);
    void addValueOption(const QString &code, const QString &label, bool abnormal);
    void addAnalyzerMapping(const QString &analyzer, const QString &code);
    /** Selects bench `code` (empty: none); false when the catalogue has no such bench. */
    bool setBenchCode(const QString &code);
    /** Selects container type `code` (empty: none); false when not built in. */
    bool setContainerCode(const QString &code);
    /** Checks or unchecks clinical question `code`; false when not offered. */
    bool setQuestionChecked(const QString &code, bool checked);
    /** Types the three delta-check fields (decimal comma accepted; empty strings clear them). */
    void setDeltaFields(const QString &absolute, const QString &relative, const QString &windowDays);
    /** The analysis as typed; typing mistakes (a factor that is not a number) go to `problems`. */
    [[nodiscard]] domain::Analysis edited(QStringList &problems) const;

public slots:
    void accept() override;

private:
    void updateTypeDependentFields();
    void fillSamplingTab(const domain::Analysis &analysis);
    [[nodiscard]] QStringList checkedQuestions() const;
    [[nodiscard]] std::optional<domain::DeltaRule> editedDelta(QStringList &problems) const;
    [[nodiscard]] QStringList creationProblems(const domain::Catalogue &catalogue, const QString &code) const;

    std::unique_ptr<Ui::AnalysisEditDialog> m_ui;
    workflow::CatalogueAdmin &m_admin;
    domain::UserSession m_session;
    std::optional<domain::Analysis> m_original;
    domain::Catalogue m_catalogue;
    QTimer *m_checkTimer;
    QString m_savedCode;
};

} // namespace sgl::app
