#include "domain/report/Channel.h"

#include "domain/Tr.h"


namespace sgl::domain {

QString channelCode(Channel channel)
{
    switch (channel) {
    case Channel::Dmp:
        return QStringLiteral("dmp");
    case Channel::MssPro:
        return QStringLiteral("mss_pro");
    case Channel::MssPatient:
        return QStringLiteral("mss_patient");
    case Channel::Dpi:
        return QStringLiteral("dpi");
    }
    return {};
}

std::optional<Channel> channelFromCode(const QString &code)
{
    for (Channel c : allChannels())
        if (channelCode(c) == code)
            return c;
    return std::nullopt;
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Dmp:
        return Tr::tr("DMP");
    case Channel::MssPro:
        return Tr::tr("MSSanté professionnel");
    case Channel::MssPatient:
        return Tr::tr("MSSanté patient");
    case Channel::Dpi:
        return Tr::tr("Dossier patient informatisé");
    }
    return {};
}

QList<Channel> allChannels()
{
    return {Channel::Dmp, Channel::MssPro, Channel::MssPatient, Channel::Dpi};
}

bool channelRequiresQualifiedIns(Channel channel)
{
    return channel == Channel::Dmp || channel == Channel::MssPatient;
}

QString dispatchStateCode(DispatchState state)
{
    switch (state) {
    case DispatchState::Pending:
        return QStringLiteral("pending");
    case DispatchState::Sending:
        return QStringLiteral("sending");
    case DispatchState::Sent:
        return QStringLiteral("sent");
    case DispatchState::Acknowledged:
        return QStringLiteral("acknowledged");
    case DispatchState::Failed:
        return QStringLiteral("failed");
    case DispatchState::Cancelled:
        return QStringLiteral("cancelled");
    case DispatchState::Withheld:
        return QStringLiteral("withheld");
    case DispatchState::Blocked:
        return QStringLiteral("blocked");
    case DispatchState::Parked:
        return QStringLiteral("parked");
    }
    return {};
}

QList<DispatchState> allDispatchStates()
{
    return {DispatchState::Pending, DispatchState::Sending,   DispatchState::Sent,
            DispatchState::Acknowledged, DispatchState::Failed, DispatchState::Cancelled,
            DispatchState::Withheld, DispatchState::Blocked, DispatchState::Parked};
}

QString dispatchStateLabel(DispatchState state)
{
    switch (state) {
    case DispatchState::Pending:
        return Tr::tr("en attente");
    case DispatchState::Sending:
        return Tr::tr("envoi en cours");
    case DispatchState::Sent:
        return Tr::tr("envoyé");
    case DispatchState::Acknowledged:
        return Tr::tr("accusé de réception");
    case DispatchState::Failed:
        return Tr::tr("échec, nouvel essai prévu");
    case DispatchState::Cancelled:
        return Tr::tr("annulé");
    case DispatchState::Withheld:
        return Tr::tr("suspendu");
    case DispatchState::Blocked:
        return Tr::tr("bloqué");
    case DispatchState::Parked:
        return Tr::tr("à reprendre");
    }
    return {};
}

std::optional<DispatchState> dispatchStateFromCode(const QString &code)
{
    for (auto s : allDispatchStates())
        if (dispatchStateCode(s) == code)
            return s;
    return std::nullopt;
}

} // namespace sgl::domain
