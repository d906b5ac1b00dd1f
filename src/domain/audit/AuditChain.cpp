#include "domain/audit/AuditChain.h"

#include "domain/Tr.h"

#include <QCryptographicHash>

namespace sgl::domain {

const QString AuditChain::kGenesisHash = QString(64, QLatin1Char('0'));

namespace {
void addField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
}

} // namespace

QByteArray AuditChain::hashInput(const AuditEntry &e)
{
    QByteArray out;
    out.reserve(64 + 2 * (e.before.size() + e.after.size()) + 256);
    addField(out, e.prevHash);
    addField(out, QString::number(e.seq));
    addField(out, e.at);
    addField(out, QString::number(e.actorId));
    addField(out, e.actorLogin);
    addField(out, e.workstation);
    addField(out, e.action);
    addField(out, e.entityType);
    addField(out, e.entityId);
    addField(out, e.before);
    addField(out, e.after);
    return out;
}

QString AuditChain::computeHash(const AuditEntry &e)
{
    return QString::fromLatin1(QCryptographicHash::hash(hashInput(e), QCryptographicHash::Sha256).toHex());
}

void AuditChain::feed(const AuditEntry &e)
{
    ++m_rows;
    if (e.seq > m_lastSeq + 1) {
        const qint64 first = m_lastSeq + 1;
        const qint64 last = e.seq - 1;
        m_problems << Problem{first, QStringLiteral("deleted"),
                              first == last ? Tr::tr("Ligne %1 supprimée.").arg(first)
                                            : Tr::tr("Lignes %1 à %2 supprimées.").arg(first).arg(last)};
    }
    if (e.prevHash != m_lastHash && e.seq == m_lastSeq + 1)
        m_problems << Problem{e.seq, QStringLiteral("broken_link"),
                              Tr::tr("Ligne %1 : le chaînage avec la ligne précédente est rompu.")
                                  .arg(e.seq)};
    if (computeHash(e) != e.hash)
        m_problems << Problem{e.seq, QStringLiteral("modified"),
                              Tr::tr("Ligne %1 modifiée après son écriture (%2 %3 %4 par %5, %6).")
                                  .arg(e.seq)
                                  .arg(e.action, e.entityType, e.entityId, e.actorLogin, e.at)};
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
}

void AuditChain::finish(qint64 headSeq, const QString &headHash)
{
    if (headSeq > m_lastSeq) {
        const qint64 first = m_lastSeq + 1;
        m_problems << Problem{first, QStringLiteral("truncated"),
                              first == headSeq
                                  ? Tr::tr("Ligne %1 (la dernière) supprimée.").arg(first)
                                  : Tr::tr("Lignes %1 à %2 (les dernières) supprimées.")
                                        .arg(first)
                                        .arg(headSeq)};
    } else if (headSeq < m_lastSeq || headHash != m_lastHash) {
        m_problems << Problem{m_lastSeq, QStringLiteral("broken_link"),
                              Tr::tr("La fin de la piste d'audit ne correspond pas à la dernière "
                                 "écriture enregistrée (ligne %1).")
                                  .arg(m_lastSeq)};
    }
}

} // namespace sgl::domain
