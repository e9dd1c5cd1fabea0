"""The forecast of a broadcast (broadcast.forecast.Forecast) in the person's words, or why there
is none (usecases.broadcast_plan.PlanProblem)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..broadcast.forecast import Forecast, duration_text
from ..usecases import broadcast_plan as bp
from ..usecases.broadcast_plan import PlanProblem
from ..usecases.personalise import MISSING, TEXT
from .i18n import translate_error, translate_text


class ForecastText(QObject):
    """The forecast's words, or the problem's (a QObject for self.tr and its plural forms)."""

    def lines(self, forecast: Forecast) -> list[str]:
        lines = [self.tr("Recipients: {count}").format(count=forecast.recipients)]
        if forecast.duplicates:
            lines.append(self.tr("  duplicates merged: {count}").format(count=forecast.duplicates))
        if forecast.opted_out:
            lines.append(self.tr("  opted out, excluded: {count}").format(count=forecast.opted_out))
        lines.append(
            self.tr("Parts per message: {count} (longest text)").format(count=forecast.parts)
        )
        balance = self.tr("unknown") if forecast.balance is None else str(forecast.balance)
        lines.append(
            self.tr("Credits needed: {count} (balance {balance})").format(
                count=forecast.credits, balance=balance
            )
        )
        if forecast.shortfall:
            lines.append(
                self.tr(
                    "  Warning: %n credits short; the gateway will refuse the messages beyond "
                    "the balance.",
                    "",
                    forecast.shortfall,
                )
            )
        duration = (
            self.tr("unknown")
            if forecast.seconds is None
            else translate_text(duration_text(forecast.seconds))
        )
        lines.append(self.tr("Estimated duration: {duration}").format(duration=duration))
        return lines

    def problem(self, problem: PlanProblem) -> str:
        """Why there is no forecast (the form cannot become a broadcast), in the person's
        language: the PlanProblem worded by its code."""
        error = problem.error
        if problem.code == bp.DRAFT:
            return translate_text(problem.problem)
        if problem.code == bp.OPTED_OUT:
            return self.tr("Every recipient is on the opt-out list: nothing to send.")
        if problem.code == bp.NO_FAILED:
            return self.tr("Broadcast {id} has no failed message.").format(id=problem.broadcast_id)
        if problem.code == bp.FAILED_OPTED_OUT:
            return self.tr("Every failed recipient has opted out since: nothing to send.")
        if error is not None and error.code == MISSING:
            reason = translate_error(error.errors[0])
            if len(error.errors) == 1:
                return self.tr("1 recipient lacks a field of the template: {reason}.").format(
                    reason=reason
                )
            return self.tr(
                "%n recipients lack a field of the template; the first: {reason}.",
                "",
                len(error.errors),
            ).format(reason=reason)
        if error is not None and error.code == TEXT:
            return self.tr("The message to {recipient}: {reason}").format(
                recipient=error.recipient, reason=translate_text(error.problem)
            )
        reason = translate_error(error.errors[0] if error is not None else problem)
        return self.tr("The template is not valid: {reason}.").format(reason=reason)
