import { SummaryApp } from '../../components/summary/SummaryApp';
import '../../components/charts/charts.css';
import '../../components/summary/summary.css';

export function App() {
  return <SummaryApp />;
}
