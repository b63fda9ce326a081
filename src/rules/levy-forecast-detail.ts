/**
 * What a levy forecast shows of each apprenticeship over its months (the pane's Plan tab takes an
 * apprenticeship's figures from the forecast that covers it): kept apart from levy-forecast.ts so
 * that SEND.LEVYFORECAST, which spills only the months, does not carry it.
 *
 * Pure TypeScript: no Office, no DOM.
 */
import { daySerial, monthIndex } from "./levy-forecast-payments";
import { runLevyForecast, type LevyForecastInputs, type LevyForecastMonth } from "./levy-forecast";

/** What the forecast shows of one apprenticeship over its months, in pounds. */
export interface ApprenticeshipOnForecast {
  /** False when the rules do not fund it at its level: all of it is paid outside the levy. */
  readonly funded: boolean;
  readonly paidFromLevy: number;
  readonly employerCoInvestment: number;
  readonly governmentCoInvestment: number;
  readonly paidOutside: number;
  /** Its payments, and how many of them fall in the months shown. */
  readonly payments: number;
  readonly paymentsShown: number;
  /** The first day of the month of its first and last payment (in the months shown or not). */
  readonly firstPaidSerial: number;
  readonly lastPaidSerial: number;
}

/** The forecast month by month, with what it shows of each apprenticeship. */
export interface LevyForecastDetail {
  readonly months: LevyForecastMonth[];
  readonly apprenticeships: ApprenticeshipOnForecast[];
}

/** The forecast month by month, with what it shows of each apprenticeship. */
export function levyForecastDetail(inputs: LevyForecastInputs): LevyForecastDetail {
  const { months, apprenticeships, tallies } = runLevyForecast(inputs);
  return {
    months,
    apprenticeships: apprenticeships.map((a, i) => {
      const t = tallies[i]!;
      const paidFrom = monthIndex(a.startSerial) + 1;
      return {
        funded: a.funded,
        paidFromLevy: t.paid / 100,
        employerCoInvestment: t.employer / 100,
        governmentCoInvestment: t.government / 100,
        paidOutside: t.outside / 100,
        payments: a.payments.length,
        paymentsShown: t.shown,
        firstPaidSerial: daySerial(paidFrom, 1),
        lastPaidSerial: daySerial(paidFrom + a.payments.length - 1, 1),
      };
    }),
  };
}
