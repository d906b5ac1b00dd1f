#pragma once

#include "app/analyzers/AnalyzerServices.h"
#include "domain/analyzer/AnalyzerProfile.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace sgl::app {

/**
 * The « Correspondances » tab of the profile editor: test code → catalogue analysis (chosen in
 * the catalogue) with its unit factor, instrument flag → HL7 0078 flag, and the test codes the
 * lab does not store. Collects only: AnalyzerProfileJson::validate judges the result.
 */
class ProfileMappingsEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileMappingsEditor(const QList<AnalysisChoice> &analyses, QWidget *parent = nullptr);

    void setProfile(const domain::analyzer::AnalyzerProfile &profile);
    /** Writes the tables into `profile`; a factor that is not a number fails naming its row. */
    [[nodiscard]] domain::Status apply(domain::analyzer::AnalyzerProfile &profile) const;

    [[nodiscard]] QTableWidget *codeTable() const { return m_codes; }
    [[nodiscard]] QTableWidget *flagTable() const { return m_flags; }
    [[nodiscard]] QLineEdit *ignoredEdit() const { return m_ignored; }
    void addCodeRow(const domain::analyzer::CodeMapping &mapping);
    void addFlagRow(const domain::analyzer::FlagMapping &mapping);

private:
    QList<AnalysisChoice> m_analyses;
    QTableWidget *m_codes;
    QTableWidget *m_flags;
    QLineEdit *m_ignored;
};

} // namespace sgl::app
