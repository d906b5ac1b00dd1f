#pragma once

// The remote side of the end-to-end dispatch tests: the DMP simulator in a thread of the test
// process (mutual TLS, signatures verified against a throwaway PKI) and the private Postfix +
// Dovecot of tests/mail, plus the lab's configuration file ([dmp] and [mssante]) pointing at
// both, as `sgl dispatch` and productSenders() read it.

#include "MailServers.h"

#include "simulators/dmp/DmpSimulatorThread.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sgl::testing {

class DispatchEnvironment {
public:
    /** The INS whose patient mailbox exists in the test Postfix (besides the defaults). */
    static constexpr const char *kExtraPatientIns = "181036322045676";

    /** Starts what is missing; nullptr with *whyNot (skip reason) when it cannot run here. */
    static std::unique_ptr<DispatchEnvironment> start(QString *whyNot);

    [[nodiscard]] simulators::dmp::DmpSimulatorThread &dmp() { return *m_dmp; }
    [[nodiscard]] MailServers &mail() { return *m_mail; }
    /** The configuration file ([dmp], [mssante]) for productSenders() and `sgl dispatch`. */
    [[nodiscard]] const QString &configFile() const { return m_configFile; }
    /** A file of the environment's directory (for databases, logs). */
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    DispatchEnvironment() = default;
    QTemporaryDir m_dir;
    std::unique_ptr<simulators::dmp::DmpSimulatorThread> m_dmp;
    MailServers *m_mail = nullptr;
    QString m_configFile;
};

/** A QCoreApplication for the process (the simulators' event loops need one). */
void ensureCoreApplication();

} // namespace sgl::testing
