#pragma once

#include "app/analyzers/AnalyzerServices.h"
#include "domain/analyzer/AnalyzerProfile.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace sgl::app {

class ProfileMappingsEditor;

/**
 * Edits one analyzer profile (issue 11 §4), tab by tab: général (name, label, analyzer id,
 * protocol, character set, lenient frame numbers, active), liaison (TCP server/client, host,
 * port, serial settings), lecture (where the specimen id, test code, result kind, value and
 * dilution are), correspondances (ProfileMappingsEditor), QC and order mode.
 *
 * save() builds the profile from the form, checks it with AnalyzerProfileJson::validate and runs
 * `submit` (AnalyzerProfileStore::save, which checks the permission and the version); every
 * refusal is shown next to the field its location names (JSON path), on its tab. accept()
 * asks the reason first (ReasonDialog). The name of a stored profile cannot change: it is its key.
 */
class AnalyzerProfileDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<domain::Status(const domain::analyzer::AnalyzerProfile &, const QString &reason)>;

    AnalyzerProfileDialog(const domain::analyzer::AnalyzerProfile &profile, bool isNew,
                          const QList<AnalysisChoice> &analyses, Submit submit, bool readOnly = false,
                          QWidget *parent = nullptr);
    ~AnalyzerProfileDialog() override;

    /** The profile as the form holds it; a field reference that does not parse fails, located. */
    [[nodiscard]] domain::Result<domain::analyzer::AnalyzerProfile> formProfile() const;
    /** Validates and submits with this reason; false with the refusal shown next to its field. */
    bool save(const QString &reason);
    /** Error shown for a form field ("name", "transport.port", "codeMappings"...); "" for the general one. */
    [[nodiscard]] QString fieldError(const QString &key) const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] ProfileMappingsEditor *mappings() const { return m_mappings; }
    /** The field widget registered under `key`, null when none. */
    [[nodiscard]] QWidget *field(const QString &key) const;

public slots:
    void accept() override;

private:
    struct Field {
        QWidget *widget = nullptr;
        QLabel *error = nullptr;
        int tab = 0;
    };
    QWidget *wrap(const QString &key, QWidget *widget, int tab);
    void load(const domain::analyzer::AnalyzerProfile &profile);
    void clearErrors();
    void showError(const domain::Error &error);
    void updateTransport();
    void protocolChanged();

    domain::analyzer::AnalyzerProfile m_initial;
    Submit m_submit;
    QTabWidget *m_tabs;
    QHash<QString, Field> m_fields;
    QLabel *m_generalError;
    QLineEdit *m_name, *m_label, *m_analyzerId, *m_host, *m_serialPort;
    QComboBox *m_protocol, *m_charset, *m_transportKind, *m_baud, *m_parity, *m_orderMode;
    QSpinBox *m_port, *m_dataBits, *m_stopBits, *m_valueComponent, *m_queryComponent;
    QCheckBox *m_lenient, *m_active, *m_trustQc, *m_identity;
    QLineEdit *m_specimenRef, *m_testCodeRef, *m_resultKindRef, *m_resultKinds, *m_dilutionRef, *m_qcPattern;
    ProfileMappingsEditor *m_mappings;
    std::optional<domain::Error> m_lastError;
    bool m_lastErrorPlaced = false;
};

} // namespace sgl::app
