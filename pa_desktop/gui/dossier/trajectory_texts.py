"""The guideline's advice and warnings for the trajectory, in the user's language."""

from __future__ import annotations

from pa_desktop.gui.common.texts import tr


def advice_text(advice_id: str) -> str:
    texts = {
        "contact_first_b": tr(
            "From the first B half day: contact the pupil and/or the parents and "
            "clarify the reason."
        ),
        "log_measures": tr(
            "Log every guidance measure: this log is the dossier of guidance "
            "measures the guideline asks the school to keep."
        ),
        "signal_at_5": tr(
            "From 5 B half days the school must signal the pupil to the CLB (earlier is allowed)."
        ),
        "consult_clb": tr(
            "Consult the CLB (consultative pupil guidance) when you are worried, "
            "whatever the number of B codes."
        ),
        "register_when": tr(
            "Register the pupil for CLB guidance when the school's own approach "
            "does not work or absences keep rising, when an underlying problem "
            "needs CLB expertise or outside help, when the pupil no longer "
            "comes, or when pupil or parents refuse all guidance. Talk with the "
            "parents first; in the first two cases word a help question together "
            "with the pupil where you can."
        ),
        "cooperate_with_clb": tr("From now on school and CLB work together on the guidance."),
        "clb_explores": tr("The CLB explores the situation and then decides on a plan."),
        "clb_plan_options": tr(
            "CLB plan: short CLB guidance (possibly with outside help); or close "
            "the dossier (the school signals new absences); or a referral to "
            "KANS for demotivation, school fatigue or disengagement."
        ),
        "partners_when_needed": tr(
            "Partners when needed: Roma-dienst Foyer (mediation, home "
            "visit); the police only after consulting the CLB and only for "
            "unwillingness or unreachability; OCJ when there is concern."
        ),
        "follow_up_agreement": tr(
            "Agree how absences will be followed up after closing, so that a "
            "relapse is caught early."
        ),
        "watch_relapse": tr("New absences after closing raise the relapse signal."),
        "kans_follow_up": tr(
            "KANS (Centraal Meldpunt Brussel) looks for a fitting offer; stay in "
            "touch with the pupil."
        ),
        "keep_guiding": tr("A referral or report never replaces the guidance by school and CLB."),
        "foyer_home_visit": tr("Foyer's mediators visit the family in the week after an absence."),
        "police_not_replacing": tr(
            "A police report never replaces guidance: keep the CLB involved."
        ),
        "school_informs_clb": tr(
            "After a police report the school informs the CLB, and school and CLB keep "
            "guiding the pupil."
        ),
        "doubtful_certificates": tr(
            "Two or more doubtful medical certificates this school year: ask the parents "
            "first; then the school may raise it with the CLB, whose doctor may contact the GP."
        ),
        "warm_transfer": tr(
            "The CLB makes a warm transfer of the dossier to the next CLB worker. "
            "A new school may only know the number of B half days, not their "
            "dates."
        ),
    }
    return texts.get(advice_id, advice_id)


def warning_text(warning_id: str) -> str:
    texts = {
        "no_parent_contact_before_registration": tr(
            "No contact with the parents is logged yet. "
            "Before registering, the school talks with "
            "the parents."
        ),
        "registration_reason_missing": tr("Tick the reason(s) for the registration."),
        "police_without_clb": tr("A police report comes only after consulting the CLB."),
        "police_not_for_powerlessness": tr(
            "Only for manifest unwillingness of the parents or total "
            "unreachability of the family, never for powerlessness. "
            "It never replaces guidance."
        ),
        "police_unreachable_not_shown": tr("The log does not show unreachable parents (yet)."),
        "kans_needs_intake": tr(
            "KANS needs a CLB intake first, unless a care worker or youth "
            "coach asked for the referral."
        ),
        "closing_without_agreement": tr(
            "Write down the follow-up agreement: how new absences will be followed up."
        ),
        "signal_before_5_is_allowed": tr("Fewer than 5 B half days: signalling early is allowed."),
        "help_question_missing": tr(
            "For reason a or b, word a constructive help question together with the pupil "
            "where you can (log it as a measure with the purpose help question)."
        ),
        "ocj_m_document_by_clb": tr(
            "The CLB files the M-document with the OCJ: discuss your concern with the CLB."
        ),
    }
    return texts.get(warning_id, warning_id)


def reason_text(reason_id: str) -> str:
    texts = {
        "not_working": tr("The school's own approach does not work and/or absences keep rising"),
        "underlying_problem": tr("An underlying problem needs CLB expertise or outside help"),
        "no_longer_comes": tr("The pupil no longer comes to school"),
        "refuses_guidance": tr("The pupil and/or the parents refuse all guidance"),
    }
    return texts.get(reason_id, reason_id)
