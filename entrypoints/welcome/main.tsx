import { mountPage } from '../../components/ui/mount';
import { App } from './App';

mountPage(App, 'welcome_title');
