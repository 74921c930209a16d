import { PracticeApp } from '../../components/practice/PracticeApp';
import { livePracticeServices } from '../../components/practice/live-services';
import { PracticeServicesContext } from '../../components/practice/services';
import '../../components/practice/practice.css';

export function App() {
  return (
    <PracticeServicesContext.Provider value={livePracticeServices}>
      <PracticeApp />
    </PracticeServicesContext.Provider>
  );
}
